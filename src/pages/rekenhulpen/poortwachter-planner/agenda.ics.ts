// On demand: the plan of the poortwachter-planner as an iCalendar file (RFC 5545), one all-day event per milestone,
// with UIDs from the case id and SEQUENCE from the revision in the address (see calendar-export.ts). Made on the
// server only: the `ics` package never reaches a browser bundle.
import type { APIRoute } from 'astro';
import { buildCalendar, milestoneEvents } from '../../../lib/calculators/calendar-export';
import {
  caseIdFromUuid,
  planGatekeeperSteps,
  plannerSearch,
  readPlannerQuery,
  withIdentity,
} from '../../../lib/calculators/gatekeeper-planner';
import { todayInNetherlands } from '../../../lib/format/dates';

export const prerender = false;

const plain = (status: number, text: string) =>
  new Response(text, {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
  });

export const GET: APIRoute = ({ url, redirect }) => {
  const today = todayInNetherlands();
  const query = readPlannerQuery(url.search) ?? { firstSickDay: '', firstYearEvaluation: '', identity: null };
  const result = planGatekeeperSteps({ ...query, today });
  if (!result.valid) {
    const messages = Object.values(result.errors).join('\n');
    return plain(
      400,
      `Het agendabestand kon niet worden gemaakt.\n${messages}\nMaak de planning opnieuw op /rekenhulpen/poortwachter-planner/.`,
    );
  }
  // An old link without a case: give it one, so importing it twice updates instead of doubling the events.
  if (query.identity === null) {
    const identified = withIdentity(query, () => caseIdFromUuid(crypto.randomUUID()));
    return redirect(`${url.pathname}${plannerSearch(identified)}`, 303);
  }
  const calendar = buildCalendar(
    { identity: query.identity, events: milestoneEvents(result.plan.milestones) },
    { generatedOn: today },
  );
  if (!calendar.ok) {
    console.error(`[poortwachter-planner] ${calendar.detail}`);
    return plain(500, calendar.error);
  }
  return new Response(calendar.ics, {
    headers: {
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': `attachment; filename="${calendar.filename}"`,
      'cache-control': 'no-store',
    },
  });
};
