// Calendar dates written as `YYYY-MM-DD`. A module of its own, without the Intl formatters of dates.ts: an island that
// only checks dates (the offer form's date boxes) then loads no formatting code.

/** A date as `YYYY-MM-DD` (UTC), for `<time datetime>` and machine-readable copies. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** True when `text` is a real calendar date written as `YYYY-MM-DD`. */
export function isIsoDate(text: string): boolean {
  if (!/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && isoDate(date) === text;
}
