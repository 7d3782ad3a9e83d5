// Calculator 3: what a long-term sick employee costs the own employer from today until the end of the waiting
// period, what was paid so far, and the loonsanctie as a risk. Pure: today comes in as a date, never from the clock.
// No rounding here.
//
// Each of the 728 days of the 104 weeks (planner rules) costs the weekly pay of its sick year / 7, plus charges; in
// sick year 1 that pay is never below the minimum wage that applies on that day (it changes on 1 January and 1 July).
// Days before today are paid, today and later are still to pay.
//
// A loonsanctie is a risk, not a certainty: UWV imposes one only when it finds the re-integration efforts
// insufficient. It is shown as a worst case (the full extension), never as an expected amount: no source gives the
// chance of a sanction with and without a 2e spoor, so no "expected saving" is calculated.
import { WEEKS_PER_YEAR, weeklyWageFromMonthly } from './conventions';
import { daysBetween, type IsoDate } from './gatekeeper-planner/dates';
import { keyDatesOfAbsence, type AbsenceKeyDates } from './gatekeeper-planner/key-dates';
import { WAITING_PERIOD_WEEKS } from './gatekeeper-planner/rules';
import { formatDutchDate } from '../format/dates';
import type { AmountPeriod, YearParameters } from './year-parameters';

/** Days in the first year of sickness: 52 weeks. */
export const FIRST_YEAR_DAYS = 7 * WEEKS_PER_YEAR;
/** Days in the waiting period: 104 weeks. */
export const WAITING_PERIOD_DAYS = 7 * WAITING_PERIOD_WEEKS;

export interface AbsenceCostsInputs {
  /** Gross monthly salary of the sick employee, in euros. */
  grossMonthly: number;
  /** Contract hours per week (the minimum wage in sick year 1 is for these hours). */
  contractHoursPerWeek: number;
  /** Employer charges on top of salary, in percent (estimate). */
  employerChargesPercent: number;
  /** Percentage of wage paid in sick year 1 (topped up to the minimum wage for the contract hours). */
  payPercentYear1: number;
  /** Percentage of wage paid in sick year 2 (also used for a loonsanctie). */
  payPercentYear2: number;
  /** Statutory minimum hourly wage per period, oldest first, over every year the sickness covers. */
  minimumHourlyWage: readonly AmountPeriod[];
  /** First day of sickness, `YYYY-MM-DD` (day 1). */
  firstSickDay: IsoDate;
  /** Today, `YYYY-MM-DD`: days before it are paid, today and later are still to pay. */
  today: IsoDate;
  /** Weeks of a possible loonsanctie (0–52): the worst case. */
  sanctionWeeks: number;
}

export interface AbsenceCostsResult {
  /** Gross weekly wage (monthly × 12 / 52). */
  weeklyWage: number;
  /** The current week, the 2e spoor deadline, the WIA deadline and the end of the waiting period. */
  keyDates: AbsenceKeyDates;
  /** The minimum-wage periods in which the minimum wage raised the pay of sick year 1, oldest first. */
  toppedUp: AmountPeriod[];
  /** Days of the waiting period before today (0–728). */
  daysPaid: number;
  /** Days of the waiting period from today on (0–728). */
  daysRemaining: number;
  /** Continued pay incl. charges before today. */
  paidSoFar: number;
  /** Continued pay incl. charges from today to the end of the waiting period. */
  remaining: number;
  /** Continued pay incl. charges in sick year 1 (52 weeks), with the minimum-wage floor. */
  costYear1: number;
  /** Continued pay incl. charges in sick year 2 (52 weeks); no floor in year 2. */
  costYear2: number;
  /** Continued pay incl. charges over the full 104 weeks. */
  cost104Weeks: number;
  /** A full loonsanctie at the year-2 percentage, if UWV imposes it: the worst case, not an expectation. */
  sanctionCost: number;
  /** What is still to pay plus a full loonsanctie. */
  worstCaseRemaining: number;
  /** Continued pay over 104 weeks plus a full loonsanctie. */
  worstCase: number;
  /** The first minimum-wage period of the sickness in which the full wage is below the minimum wage for its hours. */
  belowMinimumWage: AmountPeriod | undefined;
}

/** An assumed period (the amount of the nearest known period), starting on `from`. */
function assumedPeriod(from: string, value: number): AmountPeriod {
  return { from, fromText: formatDutchDate(new Date(`${from}T00:00:00Z`)), value, assumed: true };
}

/**
 * The minimum wage from `from` to `until` (`YYYY-MM-DD`) as one list of periods, oldest first: every year's periods,
 * and for days no file covers a period marked assumed with the nearest known amount: from `from` when it lies before
 * the first file, and on 1 January and 1 July (the days the minimum wage changes) of every year after the last file.
 */
export function minimumWageTimeline(all: readonly YearParameters[], from: IsoDate, until: IsoDate): AmountPeriod[] {
  const known = [...all].sort((a, b) => a.year - b.year).flatMap((p) => p.minimumHourlyWage);
  const first = known[0];
  const last = known.at(-1);
  if (!first || !last) return [];
  const timeline = from < first.from ? [assumedPeriod(from, first.value), ...known] : [...known];
  for (let year = Number(last.from.slice(0, 4)) + 1; `${year}-01-01` <= until; year++) {
    for (const day of [`${year}-01-01`, `${year}-07-01`])
      if (day <= until) timeline.push(assumedPeriod(day, last.value));
  }
  return timeline;
}

export function calculateAbsenceCosts(input: AbsenceCostsInputs): AbsenceCostsResult {
  const charges = 1 + input.employerChargesPercent / 100;
  // Weekly wage = monthly × 12 / 52.
  const weeklyWage = weeklyWageFromMonthly(input.grossMonthly);
  const percentagePay = (percent: number) => weeklyWage * (percent / 100);
  const { firstSickDay, minimumHourlyWage: periods } = input;
  const todayOffset = daysBetween(firstSickDay, input.today);
  const periodStarts = periods.map((period) => daysBetween(firstSickDay, period.from));
  const toppedUp = new Set<AmountPeriod>();
  let costYear1 = 0;
  let costYear2 = 0;
  let paidSoFar = 0;
  let remaining = 0;
  for (let day = 0; day < WAITING_PERIOD_DAYS; day++) {
    let weekly = percentagePay(input.payPercentYear2);
    if (day < FIRST_YEAR_DAYS) {
      // Sick year 1: at least the year-1 percentage, and never below the statutory minimum wage for the contract hours
      // (art. 7:629 BW; UWV, loon doorbetalen in het eerste ziektejaar: "vult u het loon aan tot dat bedrag"). The
      // period of a day is the last one starting on or before it (the first one for days before every period).
      const period =
        periods[
          Math.max(
            periodStarts.findLastIndex((start) => start <= day),
            0,
          )
        ];
      const minimum = (period?.value ?? 0) * input.contractHoursPerWeek;
      weekly = Math.max(percentagePay(input.payPercentYear1), minimum);
      if (period && minimum > percentagePay(input.payPercentYear1)) toppedUp.add(period);
    }
    // Sick year 2: the year-2 percentage; the employer need not top up to the minimum wage (UWV; facts 1.2).
    const cost = (weekly / 7) * charges;
    if (day < FIRST_YEAR_DAYS) costYear1 += cost;
    else costYear2 += cost;
    if (day < todayOffset) paidSoFar += cost;
    else remaining += cost;
  }
  const cost104Weeks = costYear1 + costYear2;
  const daysPaid = Math.min(Math.max(todayOffset, 0), WAITING_PERIOD_DAYS);

  // A loonsanctie extends continued pay by up to 52 weeks at the year-2 percentage (UWV, toetsing van het
  // re-integratieverslag), but only if UWV imposes one: shown as the worst case.
  const sanctionCost = percentagePay(input.payPercentYear2) * charges * input.sanctionWeeks;

  // The wage itself below the minimum wage for its hours, in a period the sickness covers: worth a warning.
  const belowMinimumWage = periods.find(
    (period, index) =>
      weeklyWage < period.value * input.contractHoursPerWeek &&
      periodStarts[index]! < WAITING_PERIOD_DAYS &&
      (periodStarts[index + 1] ?? Infinity) > 0,
  );

  return {
    weeklyWage,
    keyDates: keyDatesOfAbsence(firstSickDay, input.today),
    toppedUp: [...toppedUp],
    daysPaid,
    daysRemaining: WAITING_PERIOD_DAYS - daysPaid,
    paidSoFar,
    remaining,
    costYear1,
    costYear2,
    cost104Weeks,
    sanctionCost,
    worstCaseRemaining: remaining + sanctionCost,
    worstCase: cost104Weeks + sanctionCost,
    belowMinimumWage,
  };
}
