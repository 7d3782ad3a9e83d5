// The dates that make a request urgent, from the poortwachter-planner's engine: the week of illness today, the latest
// start of the 2e spoor and the day by which the WIA must be applied for. The only place the request uses the planner,
// through its public planGatekeeperSteps() and its stable milestone ids.
import { planGatekeeperSteps } from '../calculators/gatekeeper-planner';

/** The key dates of one request, as they go into the mail, the JSON copy (`termijnen`) and the JSON answer. */
export interface KeyDates {
  /** The day they were computed: the day the request was received, `YYYY-MM-DD`. */
  berekendOp: string;
  /** Week of illness on that day (the first sick day is in week 1). */
  weekVanZiekte: number;
  /** Latest start of the 2e spoor: six weeks after the eerstejaarsevaluatie (UWV's assessment norm), `YYYY-MM-DD`. */
  uitersteStart2eSpoor: string;
  /** Last day to apply for the WIA: the end of week 93, `YYYY-MM-DD`. */
  wiaAanvraagUiterlijk: string;
  /** Last day of the waiting period of 104 weeks, `YYYY-MM-DD`. */
  eindeWachttijd: string;
}

/** Why the dates cannot be planned, per date: the planner's own Dutch messages (range checks). */
export interface SickDateErrors {
  firstSickDay?: string;
  firstYearEvaluation?: string;
}

/** The planner's verdict on the two dates; `today` is the day of the request. */
export function checkSickDates(
  firstSickDay: string,
  firstYearEvaluation: string | undefined,
  today: string,
): SickDateErrors {
  const result = planGatekeeperSteps({ firstSickDay, firstYearEvaluation, today });
  if (result.valid) return {};
  return { firstSickDay: result.errors.firstSickDay, firstYearEvaluation: result.errors.firstYearEvaluation };
}

/** The key dates for valid dates (checked with checkSickDates first); throws when the planner refuses them. */
export function keyDates(firstSickDay: string, firstYearEvaluation: string | undefined, today: string): KeyDates {
  const result = planGatekeeperSteps({ firstSickDay, firstYearEvaluation, today });
  if (!result.valid) throw new RangeError(`no key dates for ${firstSickDay}: ${JSON.stringify(result.errors)}`);
  const { plan } = result;
  const due = (id: string) => {
    const milestone = plan.milestones.find((candidate) => candidate.id === id);
    if (!milestone) throw new RangeError(`the planner has no milestone ${id}`);
    return milestone.due;
  };
  return {
    berekendOp: today,
    weekVanZiekte: plan.currentWeek ?? 1,
    uitersteStart2eSpoor: due('secondTrackStart'),
    wiaAanvraagUiterlijk: due('wiaApplication'),
    eindeWachttijd: plan.waitingPeriodEnd,
  };
}
