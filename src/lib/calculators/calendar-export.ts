// Calendar export of the poortwachter planner (and of any other tool with dated steps): an iCalendar (RFC 5545) text
// with one all-day event per step, built with the `ics` package. Pure: no file I/O, no clock (the DTSTAMP comes from
// the caller).
//
// What `ics` 3.12 does not do, done here after it:
// - it folds long lines after 75 characters, not 75 octets, so a line with é, ë, ’ or – can exceed the
//   RFC 5545 limit of 75 octets; every line is unfolded and folded again on UTF-8 octets, never inside a
//   character;
// - it has no X-WR-TIMEZONE or X-WR-CALDESC header; both are added after X-WR-CALNAME.
// `ics` fills DTSTAMP with Date.now() unless a timestamp is passed, so one is always passed.
//
// Events: DTSTART;VALUE=DATE is the first day, DTEND;VALUE=DATE the day after the last day (RFC 5545: the
// end of an all-day event is exclusive). A deadline or a single day is a one-day event; "in week n" is a
// seven-day event.
//
// Identity: every plan is a case with a random id, kept in the planner's address (query.ts), and a revision that the
// form raises on every change. The UID is `<step id>-<case id>@<domain>`, never derived from a date, so a plan with
// a corrected first sick day keeps its UIDs; SEQUENCE is the revision, so a calendar that imports the corrected file
// replaces the old events instead of adding new ones (RFC 5545, sections 3.8.4.7 and 3.8.7.4).
import { createEvents, type EventAttributes } from 'ics';
import { addDays, isIsoDate, milestoneDays, type IsoDate, type Milestone } from './gatekeeper-planner';
import type { CalendarIdentity } from '../../schemas/gatekeeper-planner';

export const CALENDAR_NAME = 'Poortwachter-planner';
export const CALENDAR_TIME_ZONE = 'Europe/Amsterdam';
export const CALENDAR_PRODUCT_ID = '-//werkervaringsplaats//Poortwachter-planner//NL';
export const UID_DOMAIN = 'werkervaringsplaats-planner';
export const CALENDAR_DESCRIPTION =
  'Termijnen uit de Wet verbetering poortwachter. Dit is een indicatie: u kunt er geen rechten aan ontlenen. Controleer de data bij UWV.';

/** Longest physical line in octets, excluding CRLF (RFC 5545, section 3.1). */
export const MAX_LINE_OCTETS = 75;

/** One all-day event of a calendar file. */
export interface CalendarEvent {
  /** Stable English id of the step within its case, e.g. `problemAnalysis` or `evaluation3`. */
  id: string;
  /** Dutch title (the event's SUMMARY). */
  title: string;
  /** Dutch description, lines separated by a line break. */
  description: string;
  /** First day of the event. */
  first: IsoDate;
  /** Last day of the event (the same as `first` for a single day). */
  last: IsoDate;
  /** Address of the event's source. */
  url?: string | undefined;
}

export interface CalendarInput {
  /** The case and its revision: the events' UIDs and SEQUENCE. */
  identity: CalendarIdentity;
  events: readonly CalendarEvent[];
}

export interface CalendarOptions {
  /** Date the file is made (DTSTAMP, midnight UTC): normally today. */
  generatedOn: IsoDate;
  /** Domain part of every UID; another tool uses its own, so its events never replace the planner's. */
  uidDomain?: string | undefined;
  /** Calendar name (X-WR-CALNAME). */
  name?: string | undefined;
  /** Start of the download name, before the case id (default `poortwachter-planner`). */
  filenamePrefix?: string | undefined;
}

export type CalendarResult = { ok: true; ics: string; filename: string } | { ok: false; error: string; detail: string };

export const CALENDAR_ERROR =
  'Het agendabestand kon niet worden gemaakt. Neem de data over uit de lijst op deze pagina.';

/** Stable UID of a step in one case: the same for every revision of the plan. */
export function eventUid(stepId: string, caseId: string, domain: string = UID_DOMAIN): string {
  return `${stepId}-${caseId}@${domain}`;
}

/** Download name of the calendar file (the case id, never a date of the sickness). */
export function calendarFilename(caseId: string, prefix = 'poortwachter-planner'): string {
  return `${prefix}-${caseId}.ics`;
}

/** The planner's milestones as calendar events: text, remark and source in the description. */
export function milestoneEvents(milestones: readonly Milestone[]): CalendarEvent[] {
  return milestones.map((milestone) => {
    const lines = [milestone.text];
    if (milestone.note) lines.push(milestone.note);
    lines.push('', `Bron: ${milestone.source.title} (${milestone.source.year})`, milestone.source.url);
    return {
      id: milestone.id,
      title: milestone.title,
      description: lines.join('\n'),
      ...milestoneDays(milestone),
      url: milestone.source.url,
    };
  });
}

type DateArray = [number, number, number];

function dateArray(date: IsoDate): DateArray {
  const [year, month, day] = date.split('-').map(Number) as DateArray;
  return [year, month, day];
}

/** Escapes a TEXT value (RFC 5545, section 3.3.11). */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/\r?\n/g, '\\n').replace(/;/g, '\\;').replace(/,/g, '\\,');
}

/** Octets of one character in UTF-8. */
function utf8Length(character: string): number {
  const codePoint = character.codePointAt(0) ?? 0;
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  return codePoint < 0x10000 ? 3 : 4;
}

/** Folds one content line into physical lines of at most 75 octets; continuation lines start with a space. */
export function foldLine(line: string): string[] {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = utf8Length(character);
    if (octets + size > MAX_LINE_OCTETS) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += character;
    octets += size;
  }
  lines.push(current);
  return lines;
}

/** Joins folded physical lines back into content lines (RFC 5545, section 3.1). */
export function unfold(text: string): string[] {
  return text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter((line) => line !== '');
}

function refold(contentLines: readonly string[]): string {
  return contentLines
    .flatMap(foldLine)
    .map((line) => `${line}\r\n`)
    .join('');
}

/** Builds the .ics text for a plan; returns a Dutch message when it cannot be made. */
export function buildCalendar(input: CalendarInput, options: CalendarOptions): CalendarResult {
  const { identity } = input;
  const name = options.name ?? CALENDAR_NAME;
  if (
    !isIsoDate(options.generatedOn) ||
    input.events.some((event) => !isIsoDate(event.first) || !isIsoDate(event.last))
  ) {
    return { ok: false, error: CALENDAR_ERROR, detail: 'generatedOn and every event day must be YYYY-MM-DD dates' };
  }
  const timestamp = `${options.generatedOn.replaceAll('-', '')}T000000Z`;
  const events = input.events.map((step): EventAttributes => {
    const event: EventAttributes & { timestamp: string } = {
      uid: eventUid(step.id, identity.caseId, options.uidDomain),
      sequence: identity.revision,
      timestamp,
      title: step.title,
      description: step.description,
      start: dateArray(step.first),
      end: dateArray(addDays(step.last, 1)),
      ...(step.url ? { url: step.url } : {}),
      transp: 'TRANSPARENT',
      busyStatus: 'FREE',
      calName: name,
      productId: CALENDAR_PRODUCT_ID,
    };
    return event;
  });
  const { error, value } = createEvents(events, { calName: name, productId: CALENDAR_PRODUCT_ID });
  if (error || value === null) {
    return { ok: false, error: CALENDAR_ERROR, detail: error?.message ?? 'ics returned no calendar' };
  }
  const lines = unfold(value);
  const nameIndex = lines.findIndex((line) => line.startsWith('X-WR-CALNAME:'));
  lines.splice(
    nameIndex === -1 ? lines.indexOf('BEGIN:VCALENDAR') + 1 : nameIndex + 1,
    0,
    `X-WR-TIMEZONE:${CALENDAR_TIME_ZONE}`,
    `X-WR-CALDESC:${escapeText(CALENDAR_DESCRIPTION)}`,
  );
  return { ok: true, ics: refold(lines), filename: calendarFilename(identity.caseId, options.filenamePrefix) };
}
