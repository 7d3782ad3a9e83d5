import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculatePlacement, type PlacementInputs } from '../../../../src/lib/calculators/placement';

const base: PlacementInputs = {
  hoursPerWeek: 16,
  weeks: 13,
  grossMonthly: 3120,
  contractHoursPerWeek: 36,
  employerChargesPercent: 25,
  productivityStartPercent: 25,
  productivityEndPercent: 75,
  supervisionHoursPerWeek: 2,
  oneOffHours: 8,
  supervisorHourlyCost: 40,
  paysTravel: false,
  kmPerDay: 20,
  daysPerWeek: 4,
  euroPerKm: 0.23,
  adjustmentCosts: 0,
  expectsToHire: false,
  recruitmentCost: 4494,
};

describe('calculatePlacement', () => {
  it('hand-worked: the host’s time against the value of the work', () => {
    // hourly wage = 3,120 × 12 / (36 × 52) = 20.00; with 25% charges 25.00/h; 16 h × 13 weeks = 208 h
    // productivity 25% → 75%: average 50%, so the work is worth 25.00 × 208 × 0.5 = 2,600.00
    // supervision = (2 h × 13 weeks + 8 h) × 40.00 = 34 × 40 = 1,360.00
    const r = calculatePlacement(base);
    expect(r.hourlyWage).toBe(20);
    expect(r.averageProductivity).toBe(0.5);
    expect(r.gains.workValue).toBeCloseTo(2600, 10);
    expect(r.costs.supervision).toBe(1360);
    expect(r.costs.travel).toBe(0);
    expect(r.costs.total).toBe(1360);
    expect(r.balance).toBeCloseTo(1240, 10);
    // Context only: the same hours at full productivity, which the own employer pays.
    expect(r.wageNotPaid).toBeCloseTo(5200, 10);
  });

  it('hand-worked: travel costs, an adjustment and a hire', () => {
    // travel = 20 km × 4 days × 0.23 × 13 weeks = 239.20; adjustment 350.00
    // costs = 1,360.00 + 239.20 + 350.00 = 1,949.20; gains = 2,600.00 + 4,494.00 = 7,094.00; balance 5,144.80
    const r = calculatePlacement({ ...base, paysTravel: true, adjustmentCosts: 350, expectsToHire: true });
    expect(r.costs.travel).toBeCloseTo(239.2, 10);
    expect(r.costs.total).toBeCloseTo(1949.2, 10);
    expect(r.gains.recruitmentCostAvoided).toBe(4494);
    expect(r.gains.total).toBeCloseTo(7094, 10);
    expect(r.balance).toBeCloseTo(5144.8, 10);
  });

  it('a placement that gives less than it costs has a negative balance (shown as a cost, never with a minus)', () => {
    // productivity 0% → 20%: average 10%, work worth 25 × 208 × 0.1 = 520; costs 1,360
    const r = calculatePlacement({ ...base, productivityStartPercent: 0, productivityEndPercent: 20 });
    expect(r.gains.workValue).toBeCloseTo(520, 10);
    expect(r.balance).toBeCloseTo(-840, 10);
  });

  it('the wage the host does not pay never counts as a gain', () => {
    const withoutWork = calculatePlacement({ ...base, productivityStartPercent: 0, productivityEndPercent: 0 });
    expect(withoutWork.gains.total).toBe(0);
    expect(withoutWork.balance).toBe(-withoutWork.costs.total);
    expect(withoutWork.wageNotPaid).toBeCloseTo(5200, 10);
  });
});

const inputs = fc.record({
  hoursPerWeek: fc.double({ min: 0, max: 40, noNaN: true }),
  weeks: fc.integer({ min: 1, max: 104 }),
  grossMonthly: fc.double({ min: 0, max: 50_000, noNaN: true }),
  contractHoursPerWeek: fc.double({ min: 1, max: 60, noNaN: true }),
  employerChargesPercent: fc.double({ min: 0, max: 100, noNaN: true }),
  productivityStartPercent: fc.double({ min: 0, max: 100, noNaN: true }),
  productivityEndPercent: fc.double({ min: 0, max: 100, noNaN: true }),
  supervisionHoursPerWeek: fc.double({ min: 0, max: 40, noNaN: true }),
  oneOffHours: fc.double({ min: 0, max: 500, noNaN: true }),
  supervisorHourlyCost: fc.double({ min: 0, max: 500, noNaN: true }),
  paysTravel: fc.boolean(),
  kmPerDay: fc.double({ min: 0, max: 500, noNaN: true }),
  daysPerWeek: fc.double({ min: 0, max: 7, noNaN: true }),
  euroPerKm: fc.double({ min: 0, max: 5, noNaN: true }),
  adjustmentCosts: fc.double({ min: 0, max: 100_000, noNaN: true }),
  expectsToHire: fc.boolean(),
  recruitmentCost: fc.double({ min: 0, max: 100_000, noNaN: true }),
});

describe('calculatePlacement: properties for every valid input', () => {
  it('no cost or gain is negative, and every total is the sum of its parts', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const { costs, gains, balance, wageNotPaid } = calculatePlacement(input);
        for (const amount of [
          costs.supervision,
          costs.travel,
          costs.adjustments,
          gains.workValue,
          gains.recruitmentCostAvoided,
          wageNotPaid,
        ])
          expect(amount).toBeGreaterThanOrEqual(0);
        expect(costs.total).toBeCloseTo(costs.supervision + costs.travel + costs.adjustments, 6);
        expect(gains.total).toBeCloseTo(gains.workValue + gains.recruitmentCostAvoided, 6);
        expect(balance).toBeCloseTo(gains.total - costs.total, 6);
      }),
      { numRuns: 500 },
    );
  });

  it('the work is never worth more than the same hours of an experienced employee', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const { gains, wageNotPaid } = calculatePlacement(input);
        expect(gains.workValue).toBeLessThanOrEqual(wageNotPaid + 1e-6);
      }),
    );
  });

  it('more supervision never lowers the costs, more productivity never lowers the gains', () => {
    fc.assert(
      fc.property(inputs, fc.double({ min: 0, max: 10, noNaN: true }), (input, extra) => {
        const before = calculatePlacement(input);
        const moreSupervision = calculatePlacement({
          ...input,
          supervisionHoursPerWeek: input.supervisionHoursPerWeek + extra,
        });
        expect(moreSupervision.costs.total).toBeGreaterThanOrEqual(before.costs.total);
        const moreProductive = calculatePlacement({
          ...input,
          productivityEndPercent: Math.min(100, input.productivityEndPercent + extra),
        });
        expect(moreProductive.gains.total).toBeGreaterThanOrEqual(before.gains.total - 1e-9);
      }),
    );
  });
});
