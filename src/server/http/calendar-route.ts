// The GET route of a tool's calendar file (the poortwachter-planner's and the dossiercheck's agenda.ics): read the
// address, work out the dates on today's date in the Netherlands, give an old link without a case id one (303, so
// importing it twice updates instead of doubling the events), and answer the .ics file or a plain Dutch message.
import type { APIRoute } from 'astro';
import type { CalendarResult } from '../../lib/calculators/calendar-export';
import { caseIdFromUuid, withIdentity } from '../../lib/calculators/gatekeeper-planner';
import { todayInNetherlands } from '../../lib/format/dates';
import type { CalendarIdentity } from '../../schemas/gatekeeper-planner';

/** A tool's result: valid with its dates, or one Dutch message per field. */
type ToolResult = { valid: true } | { valid: false; errors: Partial<Record<string, string>> };

interface CalendarTool<Query extends { identity: CalendarIdentity | null }, Result extends ToolResult> {
  /** Name in the server log. */
  name: string;
  /** The sentence that sends a person back to the tool when the address holds no valid dates. */
  startAgain: string;
  /** The tool's query from the address (an empty one when it holds nothing). */
  read: (search: string) => Query;
  /** The tool's result for the query on `today`. */
  run: (query: Query, today: string) => Result;
  /** The address query of a (new) case. */
  search: (query: Query) => string;
  /** The calendar of a valid result. */
  calendar: (result: Extract<Result, { valid: true }>, identity: CalendarIdentity, today: string) => CalendarResult;
}

const plain = (status: number, text: string) =>
  new Response(text, {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
  });

export function calendarRoute<Query extends { identity: CalendarIdentity | null }, Result extends ToolResult>(
  tool: CalendarTool<Query, Result>,
): APIRoute {
  return ({ url, redirect }) => {
    const today = todayInNetherlands();
    const query = tool.read(url.search);
    const result = tool.run(query, today);
    if (!result.valid) {
      const messages = Object.values(result.errors).filter(Boolean).join('\n');
      return plain(400, `Het agendabestand kon niet worden gemaakt.\n${messages}\n${tool.startAgain}`);
    }
    if (query.identity === null) {
      const identified = withIdentity(query, () => caseIdFromUuid(crypto.randomUUID()));
      return redirect(`${url.pathname}${tool.search(identified)}`, 303);
    }
    const calendar = tool.calendar(result as Extract<Result, { valid: true }>, query.identity, today);
    if (!calendar.ok) {
      console.error(`[${tool.name}] ${calendar.detail}`);
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
}
