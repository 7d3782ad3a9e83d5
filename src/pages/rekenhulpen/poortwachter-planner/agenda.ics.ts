// On demand: the plan of the poortwachter-planner as an iCalendar file (RFC 5545), one all-day event per milestone.
// Made on the server only: the `ics` package never reaches a browser bundle.
import type { APIRoute } from 'astro';
import { buildCalendar } from '../../../lib/calculators/calendar-export';
import { planGatekeeperSteps, readPlannerQuery } from '../../../lib/calculators/gatekeeper-planner';
import { todayInNetherlands } from '../../../lib/format/dates';

export const prerender = false;

const plain = (status: number, text: string) =>
  new Response(text, {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
  });

export const GET: APIRoute = ({ url }) => {
  const today = todayInNetherlands();
  const input = readPlannerQuery(url.search) ?? { firstSickDay: '', firstYearEvaluation: '' };
  const result = planGatekeeperSteps({ ...input, today });
  if (!result.valid) {
    const messages = Object.values(result.errors).join('\n');
    return plain(
      400,
      `Het agendabestand kon niet worden gemaakt.\n${messages}\nMaak de planning opnieuw op /rekenhulpen/poortwachter-planner/.`,
    );
  }
  const calendar = buildCalendar(result.plan, { generatedOn: today });
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
