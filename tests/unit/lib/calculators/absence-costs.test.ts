import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  calculateAbsenceCosts,
  daysPerPeriod,
  FIRST_YEAR_DAYS,
  type AbsenceCostsInputs,
} from '../../../../src/lib/calculators/absence-costs';
import { params2025, params2026 } from './fixtures';

const base: AbsenceCostsInputs = {
  grossMonthly: 3250,
  contractHoursPerWeek: 38,
  employerChargesPercent: 20,
  payPercentYear1: 100,
  payPercentYear2: 70,
  minimumHourlyWage: params2026.minimumHourlyWage,
  firstSickDay: '2026-01-01',
  trajectoryCost: 2750,
  sanctionWeeks: 52,
  sanctionLikelihoodWithoutPercent: 11,
  sanctionLikelihoodWithPercent: 11,
  detacheringFeePerHour: 0,
  detacheringHoursPerWeek: 16,
  detacheringWeeks: 13,
};

describe('calculateAbsenceCosts', () => {
  it('hand-worked: 104 weeks of continued pay', () => {
    // weekly wage = 3,250 × 12 / 52 = 750; with 20% charges 900 per week
    // year 1 = 900 × 52 × 100% = 46,800; year 2 = 900 × 52 × 70% = 32,760; total 79,560
    const r = calculateAbsenceCosts(base);
    expect(r.weeklyWage).toBe(750);
    expect(r.costYear1).toBeCloseTo(46_800, 8);
    expect(r.costYear2).toBeCloseTo(32_760, 10);
    expect(r.cost104Weeks).toBeCloseTo(79_560, 8);
  });

  it('hand-worked: the sanction as a risk, not a certainty', () => {
    // full sanction = 900 × 52 × 70% = 32,760, if UWV imposes it; at 11% expected 3,603.60
    // without 2e spoor: 79,560 + 3,603.60 = 83,163.60; with: 79,560 + 2,750 + 3,603.60 = 85,913.60
    // worst case: 79,560 + 32,760 = 112,320; break-even: 2,750 / 32,760 = 8.39 percentage points
    const r = calculateAbsenceCosts(base);
    expect(r.sanctionCost).toBeCloseTo(32_760, 10);
    expect(r.expectedSanctionWithout).toBeCloseTo(3603.6, 8);
    expect(r.withoutSecondTrack).toBeCloseTo(83_163.6, 8);
    expect(r.withSecondTrack).toBeCloseTo(85_913.6, 8);
    expect(r.worstCase).toBeCloseTo(112_320, 8);
    expect(r.difference).toBeCloseTo(-2750, 8);
    expect(r.breakEvenPoints).toBeCloseTo((2750 / 32_760) * 100, 10);
  });

  it('a 2e spoor that lowers the likelihood from 30% to 10% is expected to cost less', () => {
    // without: 79,560 + 30% × 32,760 (9,828) = 89,388; with: 79,560 + 2,750 + 10% × 32,760 (3,276) = 85,586
    const r = calculateAbsenceCosts({
      ...base,
      sanctionLikelihoodWithoutPercent: 30,
      sanctionLikelihoodWithPercent: 10,
    });
    expect(r.withoutSecondTrack).toBeCloseTo(89_388, 8);
    expect(r.withSecondTrack).toBeCloseTo(85_586, 8);
    expect(r.difference).toBeCloseTo(3802, 8);
  });

  it('hand-worked: a fee during detachering, also one larger than the trajectory', () => {
    // fee = 25 × 16 h × 13 weeks = 5,200; net 2e spoor = 2,750 − 5,200 = −2,450 (a gain)
    const r = calculateAbsenceCosts({ ...base, detacheringFeePerHour: 25 });
    expect(r.feeRecovered).toBe(5200);
    expect(r.secondTrackNet).toBe(-2450);
    expect(r.withSecondTrack).toBeCloseTo(79_560 - 2450 + 3603.6, 8);
  });

  it('the minimum wage floor in year 1, per period of 2025 (1 January and 1 July)', () => {
    // weekly wage = 3,000 × 12 / 52 = 692.31; at 70% 484.62
    // minimum for 38 h: 14.06 × 38 = 534.28 until 30 June, 14.40 × 38 = 547.20 from 1 July
    // 1 January – 30 June 2025 = 181 days, 1 July – 30 December = 183 days (364 in all)
    const r = calculateAbsenceCosts({
      ...base,
      grossMonthly: 3000,
      employerChargesPercent: 0,
      payPercentYear1: 70,
      minimumHourlyWage: params2025.minimumHourlyWage,
      firstSickDay: '2025-01-01',
    });
    expect(r.firstYearPeriods.map((p) => [p.from, p.days, p.toppedUp])).toEqual([
      ['2025-01-01', 181, true],
      ['2025-07-01', 183, true],
    ]);
    expect(r.firstYearPeriods[0]!.paidWeekly).toBeCloseTo(534.28, 10);
    expect(r.firstYearPeriods[1]!.paidWeekly).toBeCloseTo(547.2, 10);
    expect(r.costYear1).toBeCloseTo((181 / 7) * 534.28 + (183 / 7) * 547.2, 8);
    // Year 2 has no floor: 692.31 × 70% × 52 = 25,200
    expect(r.costYear2).toBeCloseTo(25_200, 8);
  });

  it('the floor never lifts the pay above the full wage', () => {
    // weekly wage = 2,000 × 12 / 52 = 461.54, below the minimum for 38 h (534.28): paid 461.54, not more
    const r = calculateAbsenceCosts({
      ...base,
      grossMonthly: 2000,
      payPercentYear1: 70,
      minimumHourlyWage: params2025.minimumHourlyWage,
      firstSickDay: '2025-01-01',
    });
    for (const period of r.firstYearPeriods) expect(period.paidWeekly).toBeCloseTo((2000 * 12) / 52, 10);
  });

  it('marks a period whose minimum wage is not yet published (2026 from 1 July)', () => {
    const r = calculateAbsenceCosts({ ...base, payPercentYear1: 70, grossMonthly: 3000 });
    expect(r.firstYearPeriods.map((p) => [p.from, p.assumed])).toEqual([
      ['2026-01-01', false],
      ['2026-07-01', true],
    ]);
    // The January amount is used for the second half as well: 14.71 × 38
    expect(r.firstYearPeriods[1]!.minimumWeekly).toBeCloseTo(14.71 * 38, 10);
  });

  it('no sanction weeks: nothing to weigh, no break-even', () => {
    const r = calculateAbsenceCosts({ ...base, sanctionWeeks: 0 });
    expect(r.sanctionCost).toBe(0);
    expect(r.worstCase).toBeCloseTo(r.cost104Weeks, 10);
    expect(r.breakEvenPoints).toBeNull();
  });
});

describe('daysPerPeriod', () => {
  const periods = params2025.minimumHourlyWage;

  it('splits the first sick year at 1 July, also in a leap year', () => {
    expect(daysPerPeriod(periods, '2025-01-01', FIRST_YEAR_DAYS).map((p) => p.days)).toEqual([181, 183]);
    const leap = [
      { from: '2024-01-01', fromText: '1 januari 2024', value: 13.68, assumed: false },
      { from: '2024-07-01', fromText: '1 juli 2024', value: 13.95, assumed: false },
    ];
    // 2024 has 29 February: 1 January – 30 June is 182 days
    expect(daysPerPeriod(leap, '2024-01-01', FIRST_YEAR_DAYS).map((p) => p.days)).toEqual([182, 182]);
  });

  it('a year that starts mid-year falls in the periods it covers; days after the last period use the last one', () => {
    expect(daysPerPeriod(periods, '2025-09-01', FIRST_YEAR_DAYS)).toEqual([{ period: periods[1], days: 364 }]);
    expect(daysPerPeriod(periods, '2025-03-01', 10)).toEqual([{ period: periods[0], days: 10 }]);
  });

  it('always accounts for every day exactly once', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 700 }), fc.integer({ min: 1, max: 800 }), (offset, days) => {
        const start = new Date(Date.UTC(2024, 6, 1) + offset * 86_400_000).toISOString().slice(0, 10);
        const split = daysPerPeriod(periods, start, days);
        expect(split.reduce((sum, p) => sum + p.days, 0)).toBe(days);
      }),
    );
  });
});

const inputs = fc.record({
  grossMonthly: fc.double({ min: 0, max: 50_000, noNaN: true }),
  contractHoursPerWeek: fc.double({ min: 1, max: 60, noNaN: true }),
  employerChargesPercent: fc.double({ min: 0, max: 100, noNaN: true }),
  payPercentYear1: fc.double({ min: 70, max: 100, noNaN: true }),
  payPercentYear2: fc.double({ min: 70, max: 100, noNaN: true }),
  minimumHourlyWage: fc.constantFrom(params2025.minimumHourlyWage, params2026.minimumHourlyWage),
  firstSickDay: fc.constantFrom('2025-01-01', '2026-01-01'),
  trajectoryCost: fc.double({ min: 0, max: 50_000, noNaN: true }),
  sanctionWeeks: fc.integer({ min: 0, max: 52 }),
  sanctionLikelihoodWithoutPercent: fc.double({ min: 0, max: 100, noNaN: true }),
  sanctionLikelihoodWithPercent: fc.double({ min: 0, max: 100, noNaN: true }),
  detacheringFeePerHour: fc.double({ min: 0, max: 500, noNaN: true }),
  detacheringHoursPerWeek: fc.double({ min: 0, max: 60, noNaN: true }),
  detacheringWeeks: fc.integer({ min: 0, max: 104 }),
});

describe('calculateAbsenceCosts: properties for every valid input', () => {
  it('no cost is negative, and every total is the sum of its parts', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const r = calculateAbsenceCosts(input);
        for (const amount of [
          r.costYear1,
          r.costYear2,
          r.sanctionCost,
          r.expectedSanctionWithout,
          r.expectedSanctionWith,
          r.feeRecovered,
          r.withoutSecondTrack,
          r.worstCase,
        ])
          expect(amount).toBeGreaterThanOrEqual(0);
        expect(r.cost104Weeks).toBeCloseTo(r.costYear1 + r.costYear2, 6);
        expect(r.withoutSecondTrack).toBeCloseTo(r.cost104Weeks + r.expectedSanctionWithout, 6);
        expect(r.withSecondTrack).toBeCloseTo(
          r.cost104Weeks + input.trajectoryCost - r.feeRecovered + r.expectedSanctionWith,
          6,
        );
        expect(r.worstCase).toBeCloseTo(r.cost104Weeks + r.sanctionCost, 6);
        expect(r.firstYearPeriods.reduce((sum, p) => sum + p.days, 0)).toBe(FIRST_YEAR_DAYS);
      }),
      { numRuns: 500 },
    );
  });

  it('an expected sanction never exceeds the full sanction, and never the worst case', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const r = calculateAbsenceCosts(input);
        expect(r.expectedSanctionWithout).toBeLessThanOrEqual(r.sanctionCost + 1e-6);
        expect(r.expectedSanctionWith).toBeLessThanOrEqual(r.sanctionCost + 1e-6);
        expect(r.withoutSecondTrack).toBeLessThanOrEqual(r.worstCase + 1e-6);
      }),
    );
  });

  it('year 1 pays at least the percentage and at least the minimum wage (up to the full wage)', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const r = calculateAbsenceCosts(input);
        for (const period of r.firstYearPeriods) {
          expect(period.paidWeekly).toBeGreaterThanOrEqual((r.weeklyWage * input.payPercentYear1) / 100 - 1e-9);
          expect(period.paidWeekly).toBeGreaterThanOrEqual(Math.min(r.weeklyWage, period.minimumWeekly) - 1e-9);
          expect(period.paidWeekly).toBeLessThanOrEqual(r.weeklyWage + 1e-9);
        }
      }),
    );
  });
});
