// The dossiercheck's calendar file: one all-day event per step still to do (check.ts decides which), with the
// planner's calendar machinery. Its own UID domain and file name, so importing it never replaces the planner's events;
// the case id and revision from the address give stable UIDs and a rising SEQUENCE, as in the planner.
import { buildCalendar, type CalendarResult } from '../calendar-export';
import type { IsoDate } from '../gatekeeper-planner/dates';
import type { CalendarIdentity } from '../../../schemas/gatekeeper-planner';
import type { DossierCheck } from './check';
import { DOSSIER_UID_DOMAIN } from './query';

/** Name of the calendar (X-WR-CALNAME) and start of the download name. */
export const DOSSIER_CALENDAR = { name: 'Dossiercheck', filenamePrefix: 'dossiercheck' } as const;

/** The .ics text of the steps of a check that are still to do, or a Dutch message when it cannot be made. */
export function dossierCalendar(check: DossierCheck, identity: CalendarIdentity, generatedOn: IsoDate): CalendarResult {
  return buildCalendar(
    { identity, events: check.calendarEvents },
    { generatedOn, uidDomain: DOSSIER_UID_DOMAIN, ...DOSSIER_CALENDAR },
  );
}
