// The few dates other parts of the site need from a first sick day, without the planner's texts: the verzuimkosten
// calculator (in the browser), the dossiercheck and the employer intake import this, not the whole planner.
import { daysBetween, type IsoDate } from './dates';
import {
  FIRST_YEAR_EVALUATION_WEEK,
  FIRST_YEAR_WEEKS,
  latestSecondTrackStart,
  RIV_COPIES_WEEK,
  waitingPeriodEnd,
  WIA_APPLICATION_WEEK,
  weekEnd,
  weekOfDate,
} from './rules';

/** The dates that matter in one case of sickness, relative to today. */
export interface AbsenceKeyDates {
  /** First day of sickness (day 1, the first day of week 1). */
  firstSickDay: IsoDate;
  /** The day the dates are judged from. */
  today: IsoDate;
  /** Sickness week of today; null before the first sick day (above 104 after the waiting period). */
  currentWeek: number | null;
  /** Day of sickness of today (the first sick day is day 1); null before the first sick day. */
  dayOfSickness: number | null;
  /** Whole weeks of sickness before today (0 in week 1); null before the first sick day. */
  weeksCompleted: number | null;
  /** Last day of the first year of sickness (end of week 52). */
  firstYearEnd: IsoDate;
  /** The eerstejaarsevaluatie: its actual date when given, else the end of week 52. */
  firstYearEvaluation: IsoDate;
  /** Latest start of the 2e spoor (UWV's norm: 6 weeks after the eerstejaarsevaluatie). */
  latestSecondTrackStart: IsoDate;
  /** Copies of the re-integratieverslag to the employee (end of week 91). */
  rivCopiesDeadline: IsoDate;
  /** The employee's WIA application (end of week 93). */
  wiaApplicationDeadline: IsoDate;
  /** Last day of the waiting period (day 728): continued pay stops after it, unless UWV extends it. */
  waitingPeriodEnd: IsoDate;
}

/**
 * The key dates of a case of sickness: the current week, the latest start of the 2e spoor, the WIA deadline and the
 * end of the waiting period. Expects valid `YYYY-MM-DD` dates (throws a RangeError otherwise).
 */
export function keyDatesOfAbsence(
  firstSickDay: IsoDate,
  today: IsoDate,
  options: { firstYearEvaluation?: IsoDate | undefined } = {},
): AbsenceKeyDates {
  const offset = daysBetween(firstSickDay, today);
  const firstYearEvaluation = options.firstYearEvaluation ?? weekEnd(firstSickDay, FIRST_YEAR_EVALUATION_WEEK);
  return {
    firstSickDay,
    today,
    currentWeek: weekOfDate(firstSickDay, today),
    dayOfSickness: offset < 0 ? null : offset + 1,
    weeksCompleted: offset < 0 ? null : Math.floor(offset / 7),
    firstYearEnd: weekEnd(firstSickDay, FIRST_YEAR_WEEKS),
    firstYearEvaluation,
    latestSecondTrackStart: latestSecondTrackStart(firstSickDay, options.firstYearEvaluation),
    rivCopiesDeadline: weekEnd(firstSickDay, RIV_COPIES_WEEK),
    wiaApplicationDeadline: weekEnd(firstSickDay, WIA_APPLICATION_WEEK),
    waitingPeriodEnd: waitingPeriodEnd(firstSickDay),
  };
}
