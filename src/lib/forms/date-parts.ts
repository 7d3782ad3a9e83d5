// The GOV.UK date pattern: a date typed in three boxes (dag, maand, jaar). The boxes travel as one value
// `jaar-maand-dag` (the form's state, the server's input after reading the three posted names); these functions join
// them, split them again for the boxes, and say in Dutch what is wrong with a date that is not a real one.
import { isIsoDate } from '../format/dates';

/** The three boxes, as typed. */
export interface DateParts {
  dag: string;
  maand: string;
  jaar: string;
}

/** The names of the boxes, in the order they are shown. */
export const DATE_PART_NAMES = ['dag', 'maand', 'jaar'] as const;

/** One box of a date input. */
export type DatePart = (typeof DATE_PART_NAMES)[number];

/** What a person sees above each box. */
export const DATE_PART_LABELS: Record<DatePart, string> = { dag: 'Dag', maand: 'Maand', jaar: 'Jaar' };

/** The form and query name of one box of the date named `name`: `eerstedag-dag`. */
export const datePartName = (name: string, part: DatePart): string => `${name}-${part}`;

const PART_WORDS: Record<DatePart, string> = { dag: 'een dag', maand: 'een maand', jaar: 'een jaar' };

/**
 * The boxes as one value `jaar-maand-dag`, with a one-digit day or month padded (`2026-03-05` for 5, 3, 2026);
 * anything else is kept as typed, so the rules can name the mistake. Three empty boxes give ''.
 */
export function joinDateParts({ dag, maand, jaar }: DateParts): string {
  const [day, month, year] = [dag.trim(), maand.trim(), jaar.trim()];
  if (day === '' && month === '' && year === '') return '';
  const pad = (value: string) => (/^[0-9]$/.test(value) ? `0${value}` : value);
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The boxes of a value made by joinDateParts (or an ISO date); a value without dashes goes into the year box. */
export function splitDateValue(value: string): DateParts {
  if (value === '') return { dag: '', maand: '', jaar: '' };
  const pieces = value.split('-');
  if (pieces.length < 3) return { dag: '', maand: '', jaar: value };
  // A dash typed into a box would add pieces: the first is the year, the last the day, the rest the month.
  return { jaar: pieces[0] ?? '', maand: pieces.slice(1, -1).join('-'), dag: pieces[pieces.length - 1] ?? '' };
}

/** A list in Dutch: "een dag", "een dag en een maand". */
const listOf = (words: string[]) =>
  words.length === 1 ? words[0] : `${words.slice(0, -1).join(', ')} en ${words[words.length - 1]}`;

/**
 * What is wrong with a non-empty date value, as a Dutch sentence about `subject` (e.g. "Eerste ziektedag"), or
 * undefined for a real date `YYYY-MM-DD`. Messages follow GOV.UK: name the missing box, else say it must be real.
 */
export function dateProblem(value: string, subject: string): string | undefined {
  if (isIsoDate(value)) return undefined;
  const parts = splitDateValue(value);
  const missing = DATE_PART_NAMES.filter((name) => parts[name].trim() === '');
  if (missing.length > 0 && missing.length < 3)
    return `${subject} moet ${listOf(missing.map((name) => PART_WORDS[name]))} bevatten`;
  if (/^[0-9]{1,2}$/.test(parts.dag) && /^[0-9]{1,2}$/.test(parts.maand) && !/^[0-9]{4}$/.test(parts.jaar))
    return `Het jaar van ${lowerFirst(subject)} moet uit 4 cijfers bestaan, bijvoorbeeld 2026`;
  return `${subject} moet een echte datum zijn`;
}

/** The subject as it reads inside a sentence: "de eerste ziektedag" stays readable ("Eerste" → "eerste"). */
function lowerFirst(subject: string): string {
  return `de ${subject.charAt(0).toLowerCase()}${subject.slice(1)}`;
}

/** The boxes as one value exactly as typed (no padding): the form's state while a person types. */
export function typedDateValue({ dag, maand, jaar }: DateParts): string {
  return dag === '' && maand === '' && jaar === '' ? '' : `${jaar}-${maand}-${dag}`;
}

/** A value of the form's state as it is sent: joined the way the server joins the three posted boxes. */
export function sentDateValue(value: string): string {
  return joinDateParts(splitDateValue(value));
}

/**
 * Folds boxes typed before an island hydrated (`<name>-dag`, … in `typed`) into the field's one value, so the island's
 * state holds `jaar-maand-dag` like everything else; boxes nobody touched keep their value from `initial`.
 */
export function foldTypedDateParts<Name extends string>(
  typed: Record<string, string>,
  names: readonly Name[],
  initial: Record<Name, string>,
): Record<string, string> {
  const folded = { ...typed };
  for (const name of names) {
    const parts = splitDateValue(initial[name]);
    let touched = false;
    for (const part of DATE_PART_NAMES) {
      const key = datePartName(name, part);
      if (!Object.hasOwn(typed, key)) continue;
      parts[part] = typed[key] ?? '';
      touched = true;
      delete folded[key];
    }
    if (touched) folded[name] = typedDateValue(parts);
  }
  return folded;
}

/**
 * A form's query with every date typed in three boxes (`name-dag`, `name-maand`, `name-jaar`) as one parameter
 * `name=jaar-maand-dag`, in the place of its day box: the canonical address of a form, as a share link carries it.
 * Other parameters pass unchanged.
 */
export function withJoinedDateParts(query: URLSearchParams): URLSearchParams {
  const joined = new URLSearchParams();
  for (const [name, value] of query) {
    const [, date, part] = /^(.+)-(dag|maand|jaar)$/.exec(name) ?? [];
    const maand = query.get(`${date}-maand`);
    const jaar = query.get(`${date}-jaar`);
    if (date === undefined || maand === null || jaar === null || !query.has(`${date}-dag`)) joined.append(name, value);
    else if (part === 'dag') joined.append(date, joinDateParts({ dag: value, maand, jaar }));
  }
  return joined;
}
