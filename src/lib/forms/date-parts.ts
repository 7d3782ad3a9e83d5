// The GOV.UK date pattern: a date typed in three boxes (dag, maand, jaar). The boxes travel as one value
// `jaar-maand-dag` (the form's state, the server's input after reading the three posted names); these functions join
// them and split them again for the boxes. What is wrong with a date: date-problem.ts; a shared address: date-query.ts
// and joined-date-parts.ts (apart, so an island loads only what it uses).

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
