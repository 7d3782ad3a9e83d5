// The timetable of the Wet verbetering poortwachter as numbers, and how sickness weeks are counted. Pure: no texts,
// no clock. Sources for every number are in sources.ts; the Dutch sentences in texts.ts.
//
// Week arithmetic (in Dutch in WEEK_RULE_SENTENCE, texts.ts):
// - The first sick day is day 1 and the first day of week 1. Day d falls on firstSickDay + (d − 1) days.
// - Week n runs from day 7·(n−1)+1 up to and including day 7·n, so it starts on firstSickDay + 7·(n−1) days
//   and ends on firstSickDay + 7·n − 1 days. Weeks follow the sickness, not the calendar week (Monday–Sunday).
// - "At the latest in week n" (uiterlijk in week n) is a deadline on the last day of week n.
// - "In week n" is a window of the seven days of week n.
// - The waiting period (wachttijd) of 104 weeks ends on the last day of week 104: day 728, which is
//   727 days after the first sick day. Continued pay (loondoorbetaling) stops after that day.
// - Six-weekly evaluations follow the plan van aanpak deadline (end of week 8) every 42 days: the ends of
//   weeks 14, 20, …, 98. The next one would fall on the last day of week 104, the end of the waiting period
//   itself, so the series stops at week 98.
// - The latest start of the 2e spoor is 42 days after the eerstejaarsevaluatie: after its actual date when
//   given, otherwise after the end of week 52 (the end of week 58).
import { addDays, daysBetween, type IsoDate } from './dates';

/** The year the rules and texts of the planner were last checked against the sources ("stand 2026"). */
export const RULES_CHECKED_YEAR = 2026;

/** Weeks in the waiting period of continued pay (art. 7:629 BW, art. 23 Wet WIA). */
export const WAITING_PERIOD_WEEKS = 104;
/** Days from the first sick day to the last day of the waiting period (day 728). */
export const WAITING_PERIOD_LAST_DAY_OFFSET = 7 * WAITING_PERIOD_WEEKS - 1;
/** Weeks in the first year of sickness (the minimum wage floor applies in these weeks). */
export const FIRST_YEAR_WEEKS = 52;
/** The probleemanalyse is due at the latest in this week. */
export const PROBLEM_ANALYSIS_WEEK = 6;
/** The plan van aanpak is due at the latest in this week. */
export const ACTION_PLAN_WEEK = 8;
/** Days between two evaluations of the plan van aanpak. */
export const EVALUATION_INTERVAL_DAYS = 42;
/** The ziekmelding to UWV falls in this week. */
export const UWV_SICK_REPORT_WEEK = 42;
/** The eerstejaarsevaluatie falls in this week unless an actual date is given. */
export const FIRST_YEAR_EVALUATION_WEEK = 52;
/** Days after the eerstejaarsevaluatie by which UWV expects a 2e spoor to have started. */
export const SECOND_TRACK_DAYS_AFTER_EVALUATION = 42;
/** UWV's letter about the WIA application arrives in this week. */
export const WIA_LETTER_WEEK = 88;
/** The employer gives the employee copies of the re-integratieverslag (and the eindevaluatie) by the end of this week. */
export const RIV_COPIES_WEEK = 91;
/** The employee applies for WIA at the latest in this week. */
export const WIA_APPLICATION_WEEK = 93;
/** Weeks between which an actual eerstejaarsevaluatie date is accepted (inclusive). */
export const FIRST_YEAR_EVALUATION_WEEKS = { earliest: 26, latest: 80 } as const;
/** How far the first sick day may lie from today: the waiting period plus a full wage sanction fits in 3 years. */
export const FIRST_SICK_DAY_BOUNDS = { yearsBack: 3, yearsAhead: 1 } as const;

/** First day of sickness week `week` (week 1 starts on the first sick day). */
export function weekStart(firstSickDay: IsoDate, week: number): IsoDate {
  return addDays(firstSickDay, 7 * (week - 1));
}

/** Last day of sickness week `week`. */
export function weekEnd(firstSickDay: IsoDate, week: number): IsoDate {
  return addDays(firstSickDay, 7 * week - 1);
}

/** The sickness week `date` falls in, or null before the first sick day. */
export function weekOfDate(firstSickDay: IsoDate, date: IsoDate): number | null {
  const offset = daysBetween(firstSickDay, date);
  return offset < 0 ? null : Math.floor(offset / 7) + 1;
}

/** Last day of the waiting period (day 728). */
export function waitingPeriodEnd(firstSickDay: IsoDate): IsoDate {
  return addDays(firstSickDay, WAITING_PERIOD_LAST_DAY_OFFSET);
}

/** The latest start of the 2e spoor: 42 days after the eerstejaarsevaluatie (its date, or the end of week 52). */
export function latestSecondTrackStart(firstSickDay: IsoDate, firstYearEvaluation?: IsoDate): IsoDate {
  const from = firstYearEvaluation ?? weekEnd(firstSickDay, FIRST_YEAR_EVALUATION_WEEK);
  return addDays(from, SECOND_TRACK_DAYS_AFTER_EVALUATION);
}

/** Due dates of the six-weekly evaluations, in order: 42, 84, … days after the plan van aanpak, before day 728. */
export function evaluationDueDates(firstSickDay: IsoDate): IsoDate[] {
  const lastDay = waitingPeriodEnd(firstSickDay);
  const actionPlanDue = weekEnd(firstSickDay, ACTION_PLAN_WEEK);
  const dates: IsoDate[] = [];
  for (let sequence = 1; ; sequence++) {
    const date = addDays(actionPlanDue, EVALUATION_INTERVAL_DAYS * sequence);
    if (date >= lastDay) return dates;
    dates.push(date);
  }
}
