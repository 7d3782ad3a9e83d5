// Whole years on calendar dates (`YYYY-MM-DD`), through date-fns: apart from ./dates.ts, so an island that only
// counts days (the verzuimkosten calculator) does not load date-fns. The function's own entry point, not the package's:
// on the server Node loads the import as it stands, and 'date-fns' means its whole index of about 250 modules (2 s of
// every build, when the first tool page renders).
import { addYears as addYearsTo } from 'date-fns/addYears';
import { parse, type IsoDate } from './dates';

/** The same day `years` years later (or earlier); 29 February becomes 28 February in a common year. */
export function addYears(date: IsoDate, years: number): IsoDate {
  parse(date);
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  // date-fns steps local dates; at noon no daylight-saving change can move the day.
  const later = addYearsTo(new Date(year, month - 1, day, 12), years);
  const pad = (value: number, length = 2) => String(value).padStart(length, '0');
  return `${pad(later.getFullYear(), 4)}-${pad(later.getMonth() + 1)}-${pad(later.getDate())}`;
}
