// Calculator 3: cost of long-term sickness for the own employer, the risk of a loonsanctie and what a 2e spoor
// changes. No rounding here.
//
// A loonsanctie is a risk, not a certainty: UWV imposes one only when it finds the re-integration efforts
// insufficient. Each scenario therefore carries the sanction at a likelihood the user sets (the default is the share
// of checks that ended in a sanction in UWV's own study), next to the full sanction as the worst case.
import { WEEKS_PER_YEAR, weeklyWageFromMonthly, WORKING_DAYS_PER_MONTH } from './conventions';
import type { AmountPeriod } from './year-parameters';

/** Days in the first year of sickness: 52 weeks. */
export const FIRST_YEAR_DAYS = 7 * WEEKS_PER_YEAR;

export interface AbsenceCostsInputs {
  /** Gross monthly salary of the sick employee, in euros. */
  grossMonthly: number;
  /** Contract hours per week (the minimum wage in sick year 1 is for these hours). */
  contractHoursPerWeek: number;
  /** Employer charges on top of salary, in percent (estimate). */
  employerChargesPercent: number;
  /** Percentage of wage paid in sick year 1 (at least the minimum wage for the contract hours). */
  payPercentYear1: number;
  /** Percentage of wage paid in sick year 2 (also used for a loonsanctie). */
  payPercentYear2: number;
  /** Statutory minimum hourly wage per period. */
  minimumHourlyWage: readonly AmountPeriod[];
  /** First day of sickness, `YYYY-MM-DD`: sick year 1 is the 364 days from it. */
  firstSickDay: string;
  /** Cost of a 2e spoor trajectory, in euros. */
  trajectoryCost: number;
  /** Weeks of a possible loonsanctie (0–52). */
  sanctionWeeks: number;
  /** Likelihood of a loonsanctie without a 2e spoor, in percent (the user's estimate). */
  sanctionLikelihoodWithoutPercent: number;
  /** Likelihood of a loonsanctie with a 2e spoor, in percent (the user's estimate). */
  sanctionLikelihoodWithPercent: number;
  /** Optional hourly fee the host pays during a detachering, in euros (0 = none). */
  detacheringFeePerHour: number;
  /** Hours per week of the detachering. */
  detacheringHoursPerWeek: number;
  /** Weeks of the detachering. */
  detacheringWeeks: number;
}

/** Sick year 1 within one minimum-wage period. */
export interface FirstYearPeriod {
  /** First day of the minimum-wage period. */
  from: string;
  /** That day in Dutch, e.g. "1 juli 2026". */
  fromText: string;
  /** Days of sick year 1 that fall in it. */
  days: number;
  /** Minimum wage for the contract hours, per week. */
  minimumWeekly: number;
  /** Wage paid per week: the year-1 percentage, topped up to the minimum wage (never above the full wage). */
  paidWeekly: number;
  /** True when the minimum wage raised the pay in this period. */
  toppedUp: boolean;
  /** True when the minimum wage of this period was not yet published (the amount before it was used). */
  assumed: boolean;
}

export interface AbsenceCostsResult {
  /** Gross weekly wage (monthly × 12 / 52). */
  weeklyWage: number;
  /** Wage cost incl. charges of one working day at 100% (monthly / 21.75 × (1 + charges)). */
  costPerWorkingDay: number;
  /** Sick year 1 per minimum-wage period. */
  firstYearPeriods: FirstYearPeriod[];
  /** Continued pay incl. charges in sick year 1 (52 weeks), with the minimum-wage floor. */
  costYear1: number;
  /** Continued pay incl. charges in sick year 2 (52 weeks); no floor in year 2. */
  costYear2: number;
  /** Continued pay incl. charges over the full 104 weeks. */
  cost104Weeks: number;
  /** A full loonsanctie at the year-2 percentage, if UWV imposes it. */
  sanctionCost: number;
  /** Sanction cost × likelihood without a 2e spoor. */
  expectedSanctionWithout: number;
  /** Sanction cost × likelihood with a 2e spoor. */
  expectedSanctionWith: number;
  /** What the host's fee during a detachering recovers. */
  feeRecovered: number;
  /** Trajectory cost minus the fee (negative when the fee is higher). */
  secondTrackNet: number;
  /** Expected cost without a 2e spoor: 104 weeks + expected sanction. */
  withoutSecondTrack: number;
  /** Expected cost with a 2e spoor: 104 weeks + trajectory − fee + expected sanction. */
  withSecondTrack: number;
  /** Worst case without a 2e spoor: 104 weeks + the full sanction. */
  worstCase: number;
  /** Expected cost without − with (positive: the 2e spoor is expected to cost less). */
  difference: number;
  /**
   * By how many percentage points a 2e spoor must lower the likelihood of a sanction to pay for itself:
   * net trajectory cost / sanction cost × 100. Null when there is no sanction to weigh against.
   */
  breakEvenPoints: number | null;
}

/** Day number of a `YYYY-MM-DD` date (days since 1970-01-01, UTC). */
function dayNumber(date: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

/** How many of the `days` days from `start` fall in each period (periods run until the next one starts). */
export function daysPerPeriod(
  periods: readonly AmountPeriod[],
  start: string,
  days: number,
): { period: AmountPeriod; days: number }[] {
  const first = dayNumber(start);
  const end = first + days;
  const result: { period: AmountPeriod; days: number }[] = [];
  periods.forEach((period, index) => {
    const next = periods[index + 1];
    const from = index === 0 ? -Infinity : dayNumber(period.from);
    const until = next ? dayNumber(next.from) : Infinity;
    const overlap = Math.min(end, until) - Math.max(first, from);
    if (overlap > 0) result.push({ period, days: overlap });
  });
  return result;
}

export function calculateAbsenceCosts(input: AbsenceCostsInputs): AbsenceCostsResult {
  const charges = 1 + input.employerChargesPercent / 100;
  // Weekly wage = monthly × 12 / 52.
  const weeklyWage = weeklyWageFromMonthly(input.grossMonthly);

  // Sick year 1: at least 70% and never below the statutory minimum wage for the contract hours (art. 7:629 BW; UWV,
  // loon doorbetalen in het eerste ziektejaar). The floor never lifts the pay above the full wage. The minimum wage
  // changes on 1 January and 1 July, so year 1 is split over the periods it covers.
  const firstYearPeriods = daysPerPeriod(input.minimumHourlyWage, input.firstSickDay, FIRST_YEAR_DAYS).map(
    ({ period, days }): FirstYearPeriod => {
      const minimumWeekly = period.value * input.contractHoursPerWeek;
      const percentagePay = weeklyWage * (input.payPercentYear1 / 100);
      const paidWeekly = Math.max(percentagePay, Math.min(weeklyWage, minimumWeekly));
      return {
        from: period.from,
        fromText: period.fromText,
        days,
        minimumWeekly,
        paidWeekly,
        toppedUp: paidWeekly > percentagePay,
        assumed: period.assumed,
      };
    },
  );
  const costYear1 = firstYearPeriods.reduce((sum, p) => sum + (p.days / 7) * p.paidWeekly * charges, 0);
  // Sick year 2: the year-2 percentage; the employer need not top up to the minimum wage (UWV; facts 1.2).
  const costYear2 = weeklyWage * charges * WEEKS_PER_YEAR * (input.payPercentYear2 / 100);
  const cost104Weeks = costYear1 + costYear2;

  // A loonsanctie extends continued pay by up to 52 weeks at the year-2 percentage (UWV, toetsing van het
  // re-integratieverslag), but only if UWV imposes one: each scenario carries it at a likelihood.
  const sanctionCost = weeklyWage * charges * input.sanctionWeeks * (input.payPercentYear2 / 100);
  const expectedSanctionWithout = sanctionCost * (input.sanctionLikelihoodWithoutPercent / 100);
  const expectedSanctionWith = sanctionCost * (input.sanctionLikelihoodWithPercent / 100);

  // A fee from the host during a detachering: hourly fee × hours per week × weeks (a matter of agreement).
  const feeRecovered = input.detacheringFeePerHour * input.detacheringHoursPerWeek * input.detacheringWeeks;
  const secondTrackNet = input.trajectoryCost - feeRecovered;

  const withoutSecondTrack = cost104Weeks + expectedSanctionWithout;
  const withSecondTrack = cost104Weeks + secondTrackNet + expectedSanctionWith;
  return {
    weeklyWage,
    costPerWorkingDay: (input.grossMonthly / WORKING_DAYS_PER_MONTH) * charges,
    firstYearPeriods,
    costYear1,
    costYear2,
    cost104Weeks,
    sanctionCost,
    expectedSanctionWithout,
    expectedSanctionWith,
    feeRecovered,
    secondTrackNet,
    withoutSecondTrack,
    withSecondTrack,
    worstCase: cost104Weeks + sanctionCost,
    difference: withoutSecondTrack - withSecondTrack,
    breakEvenPoints: sanctionCost > 0 ? (secondTrackNet / sanctionCost) * 100 : null,
  };
}
