// Calendar dates for the poortwachter rules: plain days written as `YYYY-MM-DD`, without clock time or time zone.
//
// Days are counted on the platform's Date in UTC, where every day has exactly 86,400,000 ms (no daylight-saving
// change, whatever the machine's time zone), so adding or counting days is exact; leap days count like any other
// day. Steps of whole years (29 February to 28 February) go through date-fns in ./years.ts, a module of its own so
// that an island that only counts days does not load date-fns. This keeps the day arithmetic small
// enough for an island: the verzuimkosten calculator counts weeks of sickness in the browser with the same functions
// (tests/unit/lib/calculators/gatekeeper-planner.test.ts checks them against date-fns for every day from 1900 to 2200,
// in several time zones).

/** A calendar date written as `YYYY-MM-DD`. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Milliseconds of a `YYYY-MM-DD` day at 00:00 UTC, or null when it is not a real calendar date (year 1000–9999). */
function toTime(text: string): number | null {
  const match = ISO_DATE.exec(text);
  if (!match || Number(match[1]) < 1000) return null;
  const time = Date.parse(`${text}T00:00:00Z`);
  return Number.isNaN(time) || toIso(time) !== text ? null : time;
}

/** Milliseconds of `date` at 00:00 UTC; throws a RangeError for anything but a real `YYYY-MM-DD` date. */
export function parse(date: IsoDate): number {
  const time = toTime(date);
  if (time === null) throw new RangeError(`Not an ISO calendar date: ${date}`);
  return time;
}

function toIso(time: number): IsoDate {
  return new Date(time).toISOString().slice(0, 10);
}

/** True when `text` is a real calendar date written as `YYYY-MM-DD` (year 1000–9999). */
export function isIsoDate(text: string): boolean {
  return toTime(text) !== null;
}

/** `date` plus `days` calendar days (negative to go back). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return toIso(parse(date) + days * DAY_MS);
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((parse(to) - parse(from)) / DAY_MS);
}

/** The later of two dates. */
export function laterOf(a: IsoDate, b: IsoDate): IsoDate {
  return a > b ? a : b;
}

/** The earlier of two dates. */
export function earlierOf(a: IsoDate, b: IsoDate): IsoDate {
  return a < b ? a : b;
}
