import { describe, expect, it } from 'vitest';
import { calculatePlacement, type PlacementInputs } from '../../../../src/lib/calculators/placement';

const base: PlacementInputs = {
  hoursPerWeek: 16,
  weeks: 13,
  grossMonthly: 3120,
  contractHoursPerWeek: 36,
  employerChargesPercent: 25,
  paysTravel: false,
  kmPerDay: 20,
  daysPerWeek: 4,
  euroPerKm: 0.23,
  expectsToHire: false,
  recruitmentCost: 4494,
};

describe('calculatePlacement', () => {
  it('hand-worked: wage costs only', () => {
    // hourly wage = 3,120 × 12 / (36 × 52) = 20.00; with 25% charges 25.00/h
    // 25.00 × 16 h × 13 weeks = 5,200.00
    const r = calculatePlacement(base);
    expect(r.hourlyWage).toBe(20);
    expect(r.wageCostsNotPaid).toBeCloseTo(5200, 10);
    expect(r.travelCosts).toBe(0);
    expect(r.recruitmentCostAvoided).toBe(0);
    expect(r.netResult).toBeCloseTo(5200, 10);
  });

  it('hand-worked: with travel costs and hiring', () => {
    // travel = 20 km × 4 days × 0.23 × 13 weeks = 239.20
    // net = 5,200.00 − 239.20 + 4,494.00 = 9,454.80
    const r = calculatePlacement({ ...base, paysTravel: true, expectsToHire: true });
    expect(r.travelCosts).toBeCloseTo(239.2, 10);
    expect(r.recruitmentCostAvoided).toBe(4494);
    expect(r.netResult).toBeCloseTo(9454.8, 10);
  });

  it('0 hours per week: no wage costs avoided, travel still counts', () => {
    const r = calculatePlacement({ ...base, hoursPerWeek: 0, paysTravel: true });
    expect(r.wageCostsNotPaid).toBe(0);
    expect(r.netResult).toBeCloseTo(-239.2, 10);
  });

  it('more hours never lower the wage costs avoided', () => {
    let previous = -1;
    for (let hours = 0; hours <= 40; hours += 0.5) {
      const { wageCostsNotPaid } = calculatePlacement({ ...base, hoursPerWeek: hours });
      expect(wageCostsNotPaid).toBeGreaterThanOrEqual(previous);
      previous = wageCostsNotPaid;
    }
  });
});
