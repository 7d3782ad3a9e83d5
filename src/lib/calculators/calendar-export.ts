// Calendar export of the poortwachter planner: an iCalendar (RFC 5545) text with one all-day event per
// milestone, built with the `ics` package. Pure: no file I/O, no clock (the DTSTAMP comes from the caller).
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
// seven-day event. The UID is `<milestone id>-<first sick day>@werkervaringsplaats-planner`: stable for one
// case of sickness, so re-importing after changing the eerstejaarsevaluatie updates events instead of
// duplicating them.
import { createEvents, type EventAttributes } from 'ics';
import { addDays, isIsoDate, type IsoDate, type Milestone } from './gatekeeper-planner';

export const CALENDAR_NAME = 'Poortwachter-planner';
export const CALENDAR_TIME_ZONE = 'Europe/Amsterdam';
export const CALENDAR_PRODUCT_ID = '-//werkervaringsplaats//Poortwachter-planner//NL';
export const UID_DOMAIN = 'werkervaringsplaats-planner';
export const CALENDAR_DESCRIPTION =
  'Termijnen uit de Wet verbetering poortwachter. Dit is een indicatie: u kunt er geen rechten aan ontlenen. Controleer de data bij UWV.';

/** Longest physical line in octets, excluding CRLF (RFC 5545, section 3.1). */
export const MAX_LINE_OCTETS = 75;

export interface CalendarInput {
  firstSickDay: IsoDate;
  milestones: readonly Milestone[];
}

export interface CalendarOptions {
  /** Date the file is made (DTSTAMP, midnight UTC): normally today. */
  generatedOn: IsoDate;
}

export type CalendarResult = { ok: true; ics: string; filename: string } | { ok: false; error: string; detail: string };

export const CALENDAR_ERROR =
  'Het agendabestand kon niet worden gemaakt. Neem de data over uit de lijst op deze pagina.';

/** Stable UID of a milestone in one case of sickness. */
export function milestoneUid(milestoneId: string, firstSickDay: IsoDate): string {
  return `${milestoneId}-${firstSickDay}@${UID_DOMAIN}`;
}

/** Download name of the calendar file. */
export function calendarFilename(firstSickDay: IsoDate): string {
  return `poortwachter-planner-${firstSickDay}.ics`;
}

type DateArray = [number, number, number];

function dateArray(date: IsoDate): DateArray {
  const [year, month, day] = date.split('-').map(Number) as DateArray;
  return [year, month, day];
}

function firstAndLastDay(milestone: Milestone): { first: IsoDate; last: IsoDate } {
  const { timing } = milestone;
  return timing.kind === 'window'
    ? { first: timing.start, last: timing.end }
    : { first: timing.date, last: timing.date };
}

function description(milestone: Milestone): string {
  const lines = [milestone.text];
  if (milestone.note) lines.push(milestone.note);
  lines.push('', `Bron: ${milestone.source.title}`, milestone.source.url);
  return lines.join('\n');
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
  if (!isIsoDate(options.generatedOn) || !isIsoDate(input.firstSickDay)) {
    return { ok: false, error: CALENDAR_ERROR, detail: 'generatedOn and firstSickDay must be YYYY-MM-DD dates' };
  }
  const timestamp = `${options.generatedOn.replaceAll('-', '')}T000000Z`;
  const events = input.milestones.map((milestone): EventAttributes => {
    const { first, last } = firstAndLastDay(milestone);
    const event: EventAttributes & { timestamp: string } = {
      uid: milestoneUid(milestone.id, input.firstSickDay),
      timestamp,
      title: milestone.title,
      description: description(milestone),
      start: dateArray(first),
      end: dateArray(addDays(last, 1)),
      url: milestone.source.url,
      transp: 'TRANSPARENT',
      busyStatus: 'FREE',
      calName: CALENDAR_NAME,
      productId: CALENDAR_PRODUCT_ID,
    };
    return event;
  });
  const { error, value } = createEvents(events, { calName: CALENDAR_NAME, productId: CALENDAR_PRODUCT_ID });
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
  return { ok: true, ics: refold(lines), filename: calendarFilename(input.firstSickDay) };
}
