// Calendar dates for the poortwachter rules: plain days written as `YYYY-MM-DD`, without clock time or time zone.
// The arithmetic is date-fns on UTC dates (@date-fns/utc), so a day is always 24 hours, daylight-saving changes and
// the machine's time zone never move a date, and leap days count like any other day. Small enough for an island:
// the verzuimkosten calculator counts weeks of sickness in the browser with the same functions.
import { UTCDateMini } from '@date-fns/utc';
import { addDays as addDaysTo, addYears as addYearsTo, differenceInCalendarDays } from 'date-fns';

/** A calendar date written as `YYYY-MM-DD`. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The UTC date of a `YYYY-MM-DD` text, or null when it is not a real calendar date (year 1000–9999). */
function toDate(text: string): Date | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1000) return null;
  const date = new UTCDateMini(year, month - 1, day);
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day ? date : null;
}

function parse(date: IsoDate): Date {
  const parsed = toDate(date);
  if (!parsed) throw new RangeError(`Not an ISO calendar date: ${date}`);
  return parsed;
}

function format(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

/** True when `text` is a real calendar date written as `YYYY-MM-DD` (year 1000–9999). */
export function isIsoDate(text: string): boolean {
  return toDate(text) !== null;
}

/** `date` plus `days` calendar days (negative to go back). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return format(addDaysTo(parse(date), days));
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return differenceInCalendarDays(parse(to), parse(from));
}

/** The same day `years` years later (or earlier); 29 February becomes 28 February in a common year. */
export function addYears(date: IsoDate, years: number): IsoDate {
  return format(addYearsTo(parse(date), years));
}

/** The later of two dates. */
export function laterOf(a: IsoDate, b: IsoDate): IsoDate {
  return a > b ? a : b;
}

/** The earlier of two dates. */
export function earlierOf(a: IsoDate, b: IsoDate): IsoDate {
  return a < b ? a : b;
}
