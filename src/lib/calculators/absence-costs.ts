// Calculator 3: cost of long-term sickness for the own employer, and what a 2e spoor changes. No rounding here.
import { WEEKS_PER_YEAR, weeklyWageFromMonthly, WORKING_DAYS_PER_MONTH } from './conventions';

export interface AbsenceCostsInputs {
  /** Gross monthly salary of the sick employee, in euros. */
  grossMonthly: number;
  /** Employer charges on top of salary, in percent (estimate). */
  employerChargesPercent: number;
  /** Percentage of wage paid in sick year 1. */
  payPercentYear1: number;
  /** Percentage of wage paid in sick year 2 (also used for a loonsanctie). */
  payPercentYear2: number;
  /** Cost of a 2e spoor trajectory, in euros. */
  trajectoryCost: number;
  /** Weeks of a possible loonsanctie (0–52). */
  sanctionWeeks: number;
  /** Optional hourly fee the host pays during a detachering, in euros (0 = none). */
  detacheringFeePerHour: number;
  /** Hours per week of the detachering. */
  detacheringHoursPerWeek: number;
  /** Weeks of the detachering. */
  detacheringWeeks: number;
}

export interface AbsenceCostsResult {
  /** Wage cost incl. charges of one working day at 100% (monthly / 21.75 × (1 + charges)). */
  costPerWorkingDay: number;
  /** Continued pay incl. charges in sick year 1 (52 weeks). */
  costYear1: number;
  /** Continued pay incl. charges in sick year 2 (52 weeks). */
  costYear2: number;
  /** Continued pay incl. charges over the full 104 weeks. */
  cost104Weeks: number;
  /** Extra cost of a loonsanctie at the year-2 percentage. */
  sanctionCost: number;
  /** What the host's fee during a detachering recovers. */
  feeRecovered: number;
  /** Scenario A: 104 weeks plus the loonsanctie. */
  withSanction: number;
  /** Scenario B: 104 weeks plus the trajectory, minus the recovered fee. */
  withSecondTrack: number;
  /** Scenario A − scenario B (positive: the 2e spoor costs less than a loonsanctie). */
  difference: number;
}

export function calculateAbsenceCosts(input: AbsenceCostsInputs): AbsenceCostsResult {
  const charges = 1 + input.employerChargesPercent / 100;
  // Weekly wage cost = monthly × 12 / 52 × (1 + employer charges).
  const weeklyCost = weeklyWageFromMonthly(input.grossMonthly) * charges;
  // Continued pay: 52 weeks at the year-1 percentage and 52 weeks at the year-2 percentage (art. 7:629 BW; sources in content/rekenhulpen/verzuimkosten.mdx).
  const costYear1 = weeklyCost * WEEKS_PER_YEAR * (input.payPercentYear1 / 100);
  const costYear2 = weeklyCost * WEEKS_PER_YEAR * (input.payPercentYear2 / 100);
  // A loonsanctie extends continued pay by up to 52 weeks (UWV, toetsing van het re-integratieverslag); we use the year-2 percentage.
  const sanctionCost = weeklyCost * input.sanctionWeeks * (input.payPercentYear2 / 100);
  // A fee from the host during a detachering: hourly fee × hours per week × weeks (a matter of agreement with the host).
  const feeRecovered = input.detacheringFeePerHour * input.detacheringHoursPerWeek * input.detacheringWeeks;
  const cost104Weeks = costYear1 + costYear2;
  const withSanction = cost104Weeks + sanctionCost;
  const withSecondTrack = cost104Weeks + input.trajectoryCost - feeRecovered;
  return {
    costPerWorkingDay: (input.grossMonthly / WORKING_DAYS_PER_MONTH) * charges,
    costYear1,
    costYear2,
    cost104Weeks,
    sanctionCost,
    feeRecovered,
    withSanction,
    withSecondTrack,
    difference: withSanction - withSecondTrack,
  };
}
