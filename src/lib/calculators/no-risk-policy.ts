// Calculator 2: Ziektewet benefit under the no-riskpolis and the LKV for a former 2e spoor candidate
// hired after the 104-week waiting period. No rounding here.
import { cappedDailyWage, paidHoursPerYear, WORKING_DAYS_PER_YEAR } from './conventions';
import type { YearParameters } from './year-parameters';

export interface NoRiskPolicyInputs {
  /** Gross annual wage in euros. */
  grossAnnualWage: number;
  /** Paid hours per week. */
  hoursPerWeek: number;
  /** Expected sick working days per year. */
  sickDaysPerYear: number;
  /** Percentage of wage the CAO or contract requires during sickness (70–100). */
  caoPercentage: number;
  /** Number of years to calculate (1–5). */
  years: number;
  /** Whether a doelgroepverklaring for the LKV arbeidsgehandicapte werknemer applies. */
  lkvApplies: boolean;
  /** First calendar year of the new contract. */
  startYear: number;
}

export interface NoRiskPolicyYear {
  /** Calendar year. */
  year: number;
  /** Year whose parameters were used (the latest known year when no file exists yet). */
  parametersYear: number;
  /** Dagloon = annual wage / 261, capped at the maximum dagloon. */
  dailyWage: number;
  /** Percentage of the dagloon that UWV pays. */
  benefitPercentage: number;
  /** Ziektewet benefit UWV pays the employer. */
  sicknessBenefit: number;
  /** Wage the employer pays during the sick days. */
  wagePaidWhileSick: number;
  /** Loonkostenvoordeel for this year. */
  lkv: number;
  /** Ziektewet benefit + LKV. */
  total: number;
}

export interface NoRiskPolicyResult {
  perYear: NoRiskPolicyYear[];
  totals: { sicknessBenefit: number; wagePaidWhileSick: number; lkv: number; total: number };
}

export function calculateNoRiskPolicy(
  input: NoRiskPolicyInputs,
  parametersFor: (year: number) => YearParameters,
): NoRiskPolicyResult {
  const lkvYears = parametersFor(input.startYear).lkvYears;
  const perYear: NoRiskPolicyYear[] = [];
  for (let index = 0; index < input.years; index++) {
    const year = input.startYear + index;
    const p = parametersFor(year);
    const dailyWage = cappedDailyWage(input.grossAnnualWage, p.maximumDailyWage);
    // UWV pays 70% of the capped dagloon, up to 100% when the CAO obliges the employer to pay more (UWV, hoe hoog is de Ziektewet-uitkering).
    const benefitPercentage = Math.min(Math.max(input.caoPercentage, p.sicknessBenefitPercent), 100);
    const sicknessBenefit = (benefitPercentage / 100) * dailyWage * input.sickDaysPerYear;
    // The employer pays the CAO percentage of the uncapped day wage (annual wage / 261) for each sick day.
    const wagePaidWhileSick =
      (input.caoPercentage / 100) * (input.grossAnnualWage / WORKING_DAYS_PER_YEAR) * input.sickDaysPerYear;
    // LKV = min(rate × paid hours, yearly cap), only with a doelgroepverklaring and for at most lkvYears years (UWV, voorwaarden LKV).
    const lkv =
      input.lkvApplies && index < lkvYears
        ? Math.min(p.lkvPerHour * paidHoursPerYear(input.hoursPerWeek), p.lkvYearlyMaximum)
        : 0;
    perYear.push({
      year,
      parametersYear: p.year,
      dailyWage,
      benefitPercentage,
      sicknessBenefit,
      wagePaidWhileSick,
      lkv,
      total: sicknessBenefit + lkv,
    });
  }
  const sum = (pick: (y: NoRiskPolicyYear) => number) => perYear.reduce((acc, y) => acc + pick(y), 0);
  return {
    perYear,
    totals: {
      sicknessBenefit: sum((y) => y.sicknessBenefit),
      wagePaidWhileSick: sum((y) => y.wagePaidWhileSick),
      lkv: sum((y) => y.lkv),
      total: sum((y) => y.total),
    },
  };
}
