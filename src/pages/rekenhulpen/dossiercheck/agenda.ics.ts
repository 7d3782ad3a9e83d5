// On demand: the steps of the dossiercheck that are still to do as an iCalendar file (RFC 5545), with UIDs from the
// case id and SEQUENCE from the revision in the address, as the planner's file (see calendar-export.ts). Made on the
// server only: the `ics` package never reaches a browser bundle.
import {
  dossierCalendar,
  dossierSearch,
  readDossierQuery,
  runDossierCheck,
  type DossierQuery,
  type DossierResult,
} from '../../../lib/calculators/dossier-check';
import { calendarRoute } from '../../../server/http/calendar-route';

export const prerender = false;

export const GET = calendarRoute<DossierQuery, DossierResult>({
  name: 'dossiercheck',
  startAgain: 'Doe de check opnieuw op /rekenhulpen/dossiercheck/.',
  read: (search) => readDossierQuery(search) ?? { firstSickDay: '', steps: {}, identity: null },
  run: runDossierCheck,
  search: dossierSearch,
  calendar: (result, identity, today) => dossierCalendar(result.check, identity, today),
});
