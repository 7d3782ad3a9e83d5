// The key dates as the request form shows them while a person types (in the browser): the same dates the server puts
// in the mail (key-dates.ts), from the planner's light keyDatesOfAbsence() instead of its validating entry point, so
// the form's script stays small. Nothing for a date the server would refuse.
import { isIsoDate, type IsoDate } from '../calculators/gatekeeper-planner/dates';
import { addYears } from '../calculators/gatekeeper-planner/years';
import { keyDatesOfAbsence } from '../calculators/gatekeeper-planner/key-dates';
import {
  FIRST_SICK_DAY_BOUNDS,
  FIRST_YEAR_EVALUATION_WEEKS,
  weekOfDate,
} from '../calculators/gatekeeper-planner/rules';
import type { KeyDates } from './key-dates';

/**
 * The key dates for a first sick day that is real, not after today and at most 3 years back; the evaluation date
 * counts only when it is real, not after today and in week 26–80 (otherwise the planner's default, week 52).
 */
export function liveKeyDates(firstSickDay: string, evaluation: string, today: IsoDate): KeyDates | undefined {
  if (!isIsoDate(firstSickDay) || firstSickDay > today) return undefined;
  if (firstSickDay < addYears(today, -FIRST_SICK_DAY_BOUNDS.yearsBack)) return undefined;
  const evaluationWeek = isIsoDate(evaluation) && evaluation <= today ? weekOfDate(firstSickDay, evaluation) : null;
  const usable =
    evaluationWeek !== null &&
    evaluationWeek >= FIRST_YEAR_EVALUATION_WEEKS.earliest &&
    evaluationWeek <= FIRST_YEAR_EVALUATION_WEEKS.latest;
  const dates = keyDatesOfAbsence(firstSickDay, today, { firstYearEvaluation: usable ? evaluation : undefined });
  return {
    berekendOp: today,
    weekVanZiekte: dates.currentWeek ?? 1,
    uitersteStart2eSpoor: dates.latestSecondTrackStart,
    wiaAanvraagUiterlijk: dates.wiaApplicationDeadline,
    eindeWachttijd: dates.waitingPeriodEnd,
  };
}
