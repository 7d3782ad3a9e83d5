// Dates as Dutch readers expect them. Formatters are created on first use: building an Intl formatter costs far
// more than using it, and an island should not pay for formatters it never calls.

export { isoDate, isIsoDate } from './iso-date';

let dutchDateFormat: Intl.DateTimeFormat | undefined;
let dutchWeekdayFormat: Intl.DateTimeFormat | undefined;
let amsterdamDayFormat: Intl.DateTimeFormat | undefined;

/** Formats a date as Dutch text, e.g. "15 januari 2026" (UTC, so build machines agree). */
export function formatDutchDate(date: Date): string {
  dutchDateFormat ??= new Intl.DateTimeFormat('nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return dutchDateFormat.format(date);
}

/** Formats a `YYYY-MM-DD` calendar date with its weekday, e.g. "maandag 2 maart 2026". */
export function formatDutchDateWithWeekday(isoDate: string): string {
  dutchWeekdayFormat ??= new Intl.DateTimeFormat('nl-NL', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return dutchWeekdayFormat.format(new Date(`${isoDate}T00:00:00Z`));
}

/** Today's date as `YYYY-MM-DD` in the Netherlands (the server may run in another time zone). */
export function todayInNetherlands(now: Date = new Date()): string {
  amsterdamDayFormat ??= new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' });
  return amsterdamDayFormat.format(now);
}
