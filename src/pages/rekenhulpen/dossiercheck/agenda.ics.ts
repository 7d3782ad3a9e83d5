// On demand: the steps of the dossiercheck that are still to do as an iCalendar file (RFC 5545), with UIDs from the
// case id and SEQUENCE from the revision in the address, as the planner's file (see calendar-export.ts). Made on the
// server only: the `ics` package never reaches a browser bundle.
import type { APIRoute } from 'astro';
import {
  dossierCalendar,
  dossierSearch,
  readDossierQuery,
  runDossierCheck,
} from '../../../lib/calculators/dossier-check';
import { caseIdFromUuid, withIdentity } from '../../../lib/calculators/gatekeeper-planner';
import { todayInNetherlands } from '../../../lib/format/dates';

export const prerender = false;

const plain = (status: number, text: string) =>
  new Response(text, {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
  });

export const GET: APIRoute = ({ url, redirect }) => {
  const today = todayInNetherlands();
  const query = readDossierQuery(url.search) ?? { firstSickDay: '', steps: {}, identity: null };
  const result = runDossierCheck(query, today);
  if (!result.valid) {
    const messages = Object.values(result.errors).join('\n');
    return plain(
      400,
      `Het agendabestand kon niet worden gemaakt.\n${messages}\nDoe de check opnieuw op /rekenhulpen/dossiercheck/.`,
    );
  }
  // An old link without a case: give it one, so importing it twice updates instead of doubling the events.
  if (query.identity === null) {
    const identified = withIdentity(query, () => caseIdFromUuid(crypto.randomUUID()));
    return redirect(`${url.pathname}${dossierSearch(identified)}`, 303);
  }
  const calendar = dossierCalendar(result.check, query.identity, today);
  if (!calendar.ok) {
    console.error(`[dossiercheck] ${calendar.detail}`);
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
