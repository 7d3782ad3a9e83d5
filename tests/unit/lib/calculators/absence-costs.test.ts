import { describe, expect, it } from 'vitest';
import { calculateAbsenceCosts, type AbsenceCostsInputs } from '../../../../src/lib/calculators/absence-costs';

const base: AbsenceCostsInputs = {
  grossMonthly: 3250,
  employerChargesPercent: 20,
  payPercentYear1: 100,
  payPercentYear2: 70,
  trajectoryCost: 2750,
  sanctionWeeks: 52,
  detacheringFeePerHour: 0,
  detacheringHoursPerWeek: 16,
  detacheringWeeks: 13,
};

describe('calculateAbsenceCosts', () => {
  it('hand-worked: 104 weeks of continued pay', () => {
    // weekly wage = 3,250 × 12 / 52 = 750; with 20% charges 900 per week
    // year 1 = 900 × 52 × 100% = 46,800; year 2 = 900 × 52 × 70% = 32,760; total 79,560
    const r = calculateAbsenceCosts(base);
    expect(r.costYear1).toBeCloseTo(46_800, 10);
    expect(r.costYear2).toBeCloseTo(32_760, 10);
    expect(r.cost104Weeks).toBeCloseTo(79_560, 10);
  });

  it('hand-worked: loonsanctie and comparison', () => {
    // sanction = 900 × 52 × 70% = 32,760; with sanction 112,320
    // with 2e spoor = 79,560 + 2,750 = 82,310; difference 30,010
    const r = calculateAbsenceCosts(base);
    expect(r.sanctionCost).toBeCloseTo(32_760, 10);
    expect(r.withSanction).toBeCloseTo(112_320, 10);
    expect(r.withSecondTrack).toBeCloseTo(82_310, 10);
    expect(r.difference).toBeCloseTo(30_010, 10);
  });

  it('hand-worked: a fee during detachering', () => {
    // fee = 25 × 16 h × 13 weeks = 5,200; with 2e spoor = 79,560 + 2,750 − 5,200 = 77,110
    const r = calculateAbsenceCosts({ ...base, detacheringFeePerHour: 25 });
    expect(r.feeRecovered).toBe(5200);
    expect(r.withSecondTrack).toBeCloseTo(77_110, 10);
  });

  it('cost per working day uses 21.75 working days per month', () => {
    // 3,250 / 21.75 × 1.2 = 179.31 (to the cent)
    expect(calculateAbsenceCosts(base).costPerWorkingDay.toFixed(2)).toBe('179.31');
  });

  it('0 weeks of sanction adds nothing', () => {
    const r = calculateAbsenceCosts({ ...base, sanctionWeeks: 0 });
    expect(r.sanctionCost).toBe(0);
    expect(r.withSanction).toBeCloseTo(r.cost104Weeks, 10);
  });

  it('more sanction weeks never lower the cost', () => {
    let previous = -1;
    for (let weeks = 0; weeks <= 52; weeks++) {
      const { withSanction } = calculateAbsenceCosts({ ...base, sanctionWeeks: weeks });
      expect(withSanction).toBeGreaterThan(previous);
      previous = withSanction;
    }
  });
});
