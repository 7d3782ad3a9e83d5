// On demand: the plan of the poortwachter-planner as an iCalendar file (RFC 5545), one all-day event per milestone,
// with UIDs from the case id and SEQUENCE from the revision in the address (see calendar-export.ts). Made on the
// server only: the `ics` package never reaches a browser bundle.
import { buildCalendar, milestoneEvents } from '../../../lib/calculators/calendar-export';
import {
  planGatekeeperSteps,
  plannerSearch,
  readPlannerQuery,
  type PlannerQuery,
  type PlannerResult,
} from '../../../lib/calculators/gatekeeper-planner';
import { calendarRoute } from '../../../server/http/calendar-route';

export const prerender = false;

export const GET = calendarRoute<PlannerQuery, PlannerResult>({
  name: 'poortwachter-planner',
  startAgain: 'Maak de planning opnieuw op /rekenhulpen/poortwachter-planner/.',
  read: (search) => readPlannerQuery(search) ?? { firstSickDay: '', firstYearEvaluation: '', identity: null },
  run: (query, today) => planGatekeeperSteps({ ...query, today }),
  search: plannerSearch,
  calendar: (result, identity, today) =>
    buildCalendar({ identity, events: milestoneEvents(result.plan.milestones) }, { generatedOn: today }),
});
