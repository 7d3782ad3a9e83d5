import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  calculateAbsenceCosts,
  minimumWageTimeline,
  WAITING_PERIOD_DAYS,
  type AbsenceCostsInputs,
} from '../../../../src/lib/calculators/absence-costs';
import { addDays } from '../../../../src/lib/calculators/gatekeeper-planner/dates';
import { bothYears, params2025, params2026 } from './fixtures';

const base: AbsenceCostsInputs = {
  grossMonthly: 3250,
  contractHoursPerWeek: 38,
  employerChargesPercent: 20,
  payPercentYear1: 100,
  payPercentYear2: 70,
  minimumHourlyWage: params2026.minimumHourlyWage,
  firstSickDay: '2026-01-01',
  today: '2026-01-01',
  sanctionWeeks: 52,
};

describe('calculateAbsenceCosts', () => {
  it('hand-worked: 104 weeks of continued pay, all still to pay on the first sick day', () => {
    // weekly wage = 3,250 × 12 / 52 = 750; with 20% charges 900 per week
    // year 1 = 900 × 52 × 100% = 46,800; year 2 = 900 × 52 × 70% = 32,760; total 79,560
    const r = calculateAbsenceCosts(base);
    expect(r.weeklyWage).toBe(750);
    expect(r.costYear1).toBeCloseTo(46_800, 8);
    expect(r.costYear2).toBeCloseTo(32_760, 8);
    expect(r.cost104Weeks).toBeCloseTo(79_560, 8);
    expect(r.paidSoFar).toBe(0);
    expect(r.remaining).toBeCloseTo(79_560, 8);
    expect(r.daysRemaining).toBe(728);
  });

  it('hand-worked: the sanction as the worst case, never as an expected amount', () => {
    // full sanction = 900 × 52 × 70% = 32,760, if UWV imposes it; worst case 79,560 + 32,760 = 112,320
    const r = calculateAbsenceCosts(base);
    expect(r.sanctionCost).toBeCloseTo(32_760, 8);
    expect(r.worstCase).toBeCloseTo(112_320, 8);
    expect(r.worstCaseRemaining).toBeCloseTo(112_320, 8);
    expect(Object.keys(r).some((key) => /expected|likelihood|breakEven|difference/i.test(key))).toBe(false);
  });

  it('hand-worked: 61 weeks sick, what is paid and what is still to pay from today', () => {
    // 2 March 2026 to 2 May 2027 is 427 days: year 1 (364 days) = 46,800 and 63 days of year 2 at 70%:
    // 900 × 9 × 0.7 = 5,670, paid 52,470. Still to pay: 43 weeks of year 2: 900 × 43 × 0.7 = 27,090.
    const r = calculateAbsenceCosts({ ...base, firstSickDay: '2026-03-02', today: '2027-05-03' });
    expect(r.keyDates).toMatchObject({ weeksCompleted: 61, currentWeek: 62, waitingPeriodEnd: '2028-02-27' });
    expect(r.daysPaid).toBe(427);
    expect(r.daysRemaining).toBe(301);
    expect(r.paidSoFar).toBeCloseTo(52_470, 8);
    expect(r.remaining).toBeCloseTo(27_090, 8);
    expect(r.worstCaseRemaining).toBeCloseTo(27_090 + 32_760, 8);
  });

  it('after the waiting period nothing is left to pay', () => {
    const r = calculateAbsenceCosts({ ...base, today: '2028-01-01' });
    expect(r.remaining).toBe(0);
    expect(r.daysRemaining).toBe(0);
    expect(r.paidSoFar).toBeCloseTo(79_560, 8);
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
      today: '2025-01-01',
    });
    expect(r.toppedUp.map((period) => period.from)).toEqual(['2025-01-01', '2025-07-01']);
    expect(r.costYear1).toBeCloseTo((181 / 7) * 534.28 + (183 / 7) * 547.2, 6);
    // Year 2 has no floor: 692.31 × 70% × 52 = 25,200
    expect(r.costYear2).toBeCloseTo(25_200, 8);
    expect(r.belowMinimumWage).toBeUndefined();
  });

  it('a wage below the minimum wage is topped up to the minimum wage in year 1 (UWV) and flagged', () => {
    // weekly wage = 150 × 12 / 52 = 34.62; the minimum for 38 h is 534.28 (2025): year 1 pays 534.28 a week.
    const r = calculateAbsenceCosts({
      ...base,
      grossMonthly: 150,
      employerChargesPercent: 0,
      payPercentYear1: 70,
      minimumHourlyWage: params2025.minimumHourlyWage,
      firstSickDay: '2025-01-01',
      today: '2025-01-01',
    });
    expect(r.costYear1).toBeCloseTo((181 / 7) * 534.28 + (183 / 7) * 547.2, 6);
    expect(r.toppedUp).toHaveLength(2);
    // Year 2: 70% of the wage itself, no floor.
    expect(r.costYear2).toBeCloseTo(((150 * 12) / 52) * 0.7 * 52, 8);
    expect(r.belowMinimumWage?.from).toBe('2025-01-01');
  });

  it('marks a period whose minimum wage is not yet published (2026 from 1 July)', () => {
    const r = calculateAbsenceCosts({ ...base, payPercentYear1: 70, grossMonthly: 3000, employerChargesPercent: 0 });
    expect(r.toppedUp.map((period) => [period.from, period.assumed])).toEqual([
      ['2026-01-01', false],
      ['2026-07-01', true],
    ]);
    // The January amount is used for the second half as well: 14.71 × 38 for all 364 days.
    expect(r.costYear1).toBeCloseTo(52 * 14.71 * 38, 6);
  });

  it('applies each year its own minimum wage across years, from 1 July as well', () => {
    // Sick from 1 October 2025: year 1 runs to 29 September 2026 through three periods.
    const periods = minimumWageTimeline(bothYears, '2025-10-01', addDays('2025-10-01', WAITING_PERIOD_DAYS));
    const r = calculateAbsenceCosts({
      ...base,
      grossMonthly: 1000,
      payPercentYear1: 70,
      minimumHourlyWage: periods,
      firstSickDay: '2025-10-01',
      today: '2025-10-01',
    });
    // 92 days at 14.40 × 38, then 181 + 91 days at 14.71 × 38 (1 July 2026 not yet known: the January amount).
    expect(r.toppedUp.map((period) => [period.from, period.value])).toEqual([
      ['2025-07-01', 14.4],
      ['2026-01-01', 14.71],
      ['2026-07-01', 14.71],
    ]);
    expect(r.costYear1).toBeCloseTo(((92 * 14.4 + 272 * 14.71) * 38 * 1.2) / 7, 6);
  });

  it('no sanction weeks: the worst case is the continued pay itself', () => {
    const r = calculateAbsenceCosts({ ...base, sanctionWeeks: 0 });
    expect(r.sanctionCost).toBe(0);
    expect(r.worstCase).toBeCloseTo(r.cost104Weeks, 10);
  });
});

describe('minimumWageTimeline', () => {
  it('adds assumed periods on 1 January and 1 July of years without a file, and before the first file', () => {
    const timeline = minimumWageTimeline(bothYears, '2024-11-15', '2027-09-01');
    expect(timeline.map((p) => [p.from, p.value, p.assumed])).toEqual([
      ['2024-11-15', 14.06, true],
      ['2025-01-01', 14.06, false],
      ['2025-07-01', 14.4, false],
      ['2026-01-01', 14.71, false],
      ['2026-07-01', 14.71, true],
      ['2027-01-01', 14.71, true],
      ['2027-07-01', 14.71, true],
    ]);
    expect(timeline.at(-1)!.fromText).toBe('1 juli 2027');
  });
});

const inputs = fc
  .record({
    grossMonthly: fc.double({ min: 0, max: 50_000, noNaN: true }),
    contractHoursPerWeek: fc.double({ min: 1, max: 60, noNaN: true }),
    employerChargesPercent: fc.double({ min: 0, max: 100, noNaN: true }),
    payPercentYear1: fc.double({ min: 70, max: 100, noNaN: true }),
    payPercentYear2: fc.double({ min: 70, max: 100, noNaN: true }),
    firstSickDayOffset: fc.integer({ min: 0, max: 900 }),
    todayOffset: fc.integer({ min: -10, max: 800 }),
    sanctionWeeks: fc.integer({ min: 0, max: 52 }),
  })
  .map(({ firstSickDayOffset, todayOffset, ...rest }): AbsenceCostsInputs => {
    const firstSickDay = addDays('2024-10-01', firstSickDayOffset);
    const today = addDays(firstSickDay, todayOffset);
    return {
      ...rest,
      firstSickDay,
      today,
      minimumHourlyWage: minimumWageTimeline(bothYears, firstSickDay, addDays(firstSickDay, WAITING_PERIOD_DAYS)),
    };
  });

describe('calculateAbsenceCosts: properties for every valid input', () => {
  it('no cost is negative, every total is the sum of its parts, and every day is counted once', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const r = calculateAbsenceCosts(input);
        for (const amount of [r.costYear1, r.costYear2, r.paidSoFar, r.remaining, r.sanctionCost, r.worstCase])
          expect(amount).toBeGreaterThanOrEqual(0);
        expect(r.cost104Weeks).toBeCloseTo(r.costYear1 + r.costYear2, 6);
        expect(r.paidSoFar + r.remaining).toBeCloseTo(r.cost104Weeks, 6);
        expect(r.worstCaseRemaining).toBeCloseTo(r.remaining + r.sanctionCost, 6);
        expect(r.daysPaid + r.daysRemaining).toBe(WAITING_PERIOD_DAYS);
      }),
      { numRuns: 300 },
    );
  });

  it('a day later, never more to pay', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const today = calculateAbsenceCosts(input);
        const tomorrow = calculateAbsenceCosts({ ...input, today: addDays(input.today, 1) });
        expect(tomorrow.remaining).toBeLessThanOrEqual(today.remaining + 1e-6);
        expect(tomorrow.paidSoFar).toBeGreaterThanOrEqual(today.paidSoFar - 1e-6);
      }),
      { numRuns: 200 },
    );
  });

  it('year 1 costs at least the percentage and at least the lowest minimum wage for the hours; year 2 only the percentage', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const r = calculateAbsenceCosts(input);
        const charges = 1 + input.employerChargesPercent / 100;
        const lowestMinimum = Math.min(...input.minimumHourlyWage.map((period) => period.value));
        const weeks = (cost: number) => cost / charges / 52;
        expect(weeks(r.costYear1)).toBeGreaterThanOrEqual((r.weeklyWage * input.payPercentYear1) / 100 - 1e-6);
        expect(weeks(r.costYear1)).toBeGreaterThanOrEqual(lowestMinimum * input.contractHoursPerWeek - 1e-6);
        expect(weeks(r.costYear2)).toBeCloseTo((r.weeklyWage * input.payPercentYear2) / 100, 6);
      }),
      { numRuns: 200 },
    );
  });
});
