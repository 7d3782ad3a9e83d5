import { describe, expect, it } from 'vitest';
import { calculateNoRiskPolicy, type NoRiskPolicyInputs } from '../../../../src/lib/calculators/no-risk-policy';
import { parametersForYear } from '../../../../src/lib/calculators/year-parameters';
import { bothYears } from './fixtures';

const parametersFor = (year: number) => parametersForYear(bothYears, year);
const base: NoRiskPolicyInputs = {
  grossAnnualWage: 52_200,
  hoursPerWeek: 32,
  sickDaysPerYear: 10,
  caoPercentage: 100,
  years: 5,
  lkvApplies: true,
  startYear: 2026,
};

describe('calculateNoRiskPolicy', () => {
  it('hand-worked: below the dagloon cap', () => {
    // dagloon = 52,200 / 261 = 200.00 (< 304.25)
    // benefit = 100% × 200.00 × 10 days = 2,000.00; wage paid = 100% × 200.00 × 10 = 2,000.00
    // LKV = min(3.05 × 32 × 52, 6,000) = min(5,075.20, 6,000) = 5,075.20
    const [first] = calculateNoRiskPolicy(base, parametersFor).perYear;
    expect(first?.dailyWage).toBe(200);
    expect(first?.sicknessBenefit).toBeCloseTo(2000, 10);
    expect(first?.wagePaidWhileSick).toBeCloseTo(2000, 10);
    expect(first?.lkv).toBeCloseTo(5075.2, 10);
    expect(first?.total).toBeCloseTo(7075.2, 10);
  });

  it('hand-worked: the dagloon cap (2026: 304.25)', () => {
    // 90,000 / 261 = 344.827… → capped at 304.25; 70% × 304.25 × 20 days = 4,259.50
    // wage paid at 70% of the uncapped day wage: 0.7 × 344.827… × 20 = 4,827.59 (to the cent)
    const r = calculateNoRiskPolicy(
      { ...base, grossAnnualWage: 90_000, caoPercentage: 70, sickDaysPerYear: 20 },
      parametersFor,
    );
    expect(r.perYear[0]?.dailyWage).toBe(304.25);
    expect(r.perYear[0]?.sicknessBenefit).toBeCloseTo(4259.5, 10);
    expect(r.perYear[0]?.wagePaidWhileSick.toFixed(2)).toBe('4827.59');
  });

  it('the year switch: 2025 uses the 2025 cap (290.67)', () => {
    // 100% × 290.67 × 10 = 2,906.70 in 2025; 2026 onwards 304.25 × 10 = 3,042.50
    const r = calculateNoRiskPolicy({ ...base, grossAnnualWage: 90_000, startYear: 2025, years: 3 }, parametersFor);
    expect(r.perYear.map((y) => y.year)).toEqual([2025, 2026, 2027]);
    expect(r.perYear[0]?.sicknessBenefit).toBeCloseTo(2906.7, 10);
    expect(r.perYear[1]?.sicknessBenefit).toBeCloseTo(3042.5, 10);
    // 2027 has no file yet: the latest known year (2026) is used
    expect(r.perYear[2]?.parametersYear).toBe(2026);
    expect(r.perYear[2]?.sicknessBenefit).toBeCloseTo(3042.5, 10);
  });

  it('the LKV cap: 40 h/week gives min(3.05 × 2,080, 6,000) = 6,000', () => {
    // 3.05 × 40 × 52 = 6,344 > 6,000
    const r = calculateNoRiskPolicy({ ...base, hoursPerWeek: 40 }, parametersFor);
    expect(r.perYear[0]?.lkv).toBe(6000);
  });

  it('the LKV duration: only the first 3 of 5 years, and none without a doelgroepverklaring', () => {
    const r = calculateNoRiskPolicy(base, parametersFor);
    expect(r.perYear.map((y) => y.lkv > 0)).toEqual([true, true, true, false, false]);
    // 3 × 5,075.20 = 15,225.60
    expect(r.totals.lkv).toBeCloseTo(15_225.6, 10);
    const without = calculateNoRiskPolicy({ ...base, lkvApplies: false }, parametersFor);
    expect(without.totals.lkv).toBe(0);
  });

  it('0 hours per week: no LKV', () => {
    const r = calculateNoRiskPolicy({ ...base, hoursPerWeek: 0 }, parametersFor);
    expect(r.totals.lkv).toBe(0);
  });

  it('the benefit percentage follows the CAO between 70 and 100', () => {
    const at85 = calculateNoRiskPolicy({ ...base, caoPercentage: 85 }, parametersFor).perYear[0];
    // 85% × 200 × 10 = 1,700
    expect(at85?.benefitPercentage).toBe(85);
    expect(at85?.sicknessBenefit).toBeCloseTo(1700, 10);
  });

  it('totals add up the years', () => {
    const r = calculateNoRiskPolicy(base, parametersFor);
    // 5 × 2,000 + 3 × 5,075.20 = 25,225.60
    expect(r.totals.total).toBeCloseTo(25_225.6, 10);
    expect(r.totals.sicknessBenefit).toBeCloseTo(10_000, 10);
  });

  it('more sick days never lower the benefit', () => {
    for (const wage of [0, 20_000, 52_200, 120_000]) {
      let previous = -1;
      for (let days = 0; days <= 261; days++) {
        const benefit = calculateNoRiskPolicy({ ...base, grossAnnualWage: wage, sickDaysPerYear: days }, parametersFor)
          .totals.sicknessBenefit;
        expect(benefit).toBeGreaterThanOrEqual(previous);
        previous = benefit;
      }
    }
  });

  it('the benefit never exceeds the wage paid while sick', () => {
    for (const wage of [10_000, 52_200, 79_409, 150_000]) {
      for (const cao of [70, 80, 100]) {
        const r = calculateNoRiskPolicy({ ...base, grossAnnualWage: wage, caoPercentage: cao }, parametersFor);
        expect(r.totals.sicknessBenefit).toBeLessThanOrEqual(r.totals.wagePaidWhileSick + 1e-9);
      }
    }
  });
});
