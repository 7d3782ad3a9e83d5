// Numbers as people type them on a Dutch site, read without guessing. Dutch notation comes first: a dot groups
// thousands ("3.000"), a comma starts the decimals ("3000,5"). Some people type the English way ("3,000", "12.5"), so
// a text can have two readings that differ by a factor of 10 or 1,000. When both readings fit the field, the reader
// does not pick one: it says the text is ambiguous and gives both, and the form asks "Bedoelt u 3.000 of 3?".
//
// The readings of a text, by its separators (spaces, "€" and "%" are left out first; spaces between digits must
// group them by three, like dots):
// - none ("3000"): one reading.
// - both a dot and a comma: the last one is the decimal mark and the other must group by three ("3.000,50",
//   "3,000.50"): one reading.
// - only commas: one comma is the Dutch decimal comma ("3000,5"); "3,000" (one to three digits, a comma, three
//   digits) may also be English for 3000, so it has two readings; more commas group thousands the English way
//   ("1,234,567"): one reading.
// - only dots: dots that group by three are Dutch thousands ("3.000", "1.234.567"). One dot with three digits after it
//   may also be an English decimal point ("1.234" as 1,234), but only where the field takes that many decimals, so
//   in a field of euros or hours "3.000" is 3000. One dot followed by another number of digits ("12.5") is an English
//   decimal point, or a thousands dot in the wrong place (125): two readings, of which the second is only ever
//   offered as a question, never taken on its own.
// A reading counts for a field when it lies within the field's limits (and is whole where the field needs that).

/** What a field accepts, for choosing between readings. */
export interface NumberFieldLimits {
  min: number;
  max: number;
  /** Only whole numbers. */
  integer?: boolean | undefined;
  /** Most decimals a value of this field has (2 for euros and hours; the default). */
  decimals?: number | undefined;
}

/** How a text reads as a number in one field. */
export type NumberReading =
  /** One reading that fits the field. */
  | { kind: 'number'; value: number }
  /** Two readings that both fit the field, the larger first: ask which one is meant. */
  | { kind: 'ambiguous'; readings: [number, number] }
  /** A number, but none of its readings fits the field: `value` is the reading to name in the message. */
  | { kind: 'outOfRange'; value: number }
  /** Not a number at all. */
  | { kind: 'invalid' };

/** A reading of the text, before the field has a say. */
interface Candidate {
  value: number;
  /** Digits typed after the decimal mark in this reading. */
  decimals: number;
  /**
   * Not a reading to take on its own, only to offer next to another: a thousands dot in the wrong place ("12.5" as
   * 125), or a decimal point with three digits where a Dutch reader sees a thousands dot ("3.000" as 3).
   */
  weak: boolean;
}

const DIGITS = /^[0-9]+$/;
/** Spaces people type between groups of digits, or that a copied amount carries (no-break, narrow and thin). */
const SPACES = /[\s\u00a0\u202f\u2009]+/g;

/** True for "1234" or digits grouped by three after the first group ("1.234.567"). */
function isGrouped(text: string, separator: string): boolean {
  const [first = '', ...groups] = text.split(separator);
  if (groups.length === 0) return DIGITS.test(first);
  return /^[1-9][0-9]{0,2}$/.test(first) && groups.every((group) => /^[0-9]{3}$/.test(group));
}

/** A reading from its integer digits (grouping marks removed) and its decimal digits. */
function reading(integerDigits: string, fraction = '', weak = false): Candidate {
  return { value: Number(`${integerDigits || '0'}.${fraction || '0'}`), decimals: fraction.length, weak };
}

/** Removes the currency and percent signs and the spaces, or null when spaces split the digits other than by three. */
function compact(text: string): string | null {
  const spaced = text
    .trim()
    .replace(/^€|[€%]$/g, '')
    .trim()
    .replace(SPACES, ' ');
  if (!spaced.includes(' ')) return spaced;
  // "3 000" and "1 234,50": spaces group the digits before any decimal mark by three, like dots.
  return isGrouped(spaced.replace(/[.,][0-9]*$/, ''), ' ') ? spaced.replaceAll(' ', '') : null;
}

/** Every reading of a text, without looking at the field; the first is the one a Dutch reader sees. */
function candidates(text: string): Candidate[] {
  const s = compact(text);
  if (s === null || !/^[0-9.,]*[0-9][0-9.,]*$/.test(s)) return [];
  const dots = s.split('.').length - 1;
  const commas = s.split(',').length - 1;
  if (dots === 0 && commas === 0) return [reading(s)];

  if (dots > 0 && commas > 0) {
    // "3.000,50" and "3,000.50": the last mark is the decimal mark, the other groups by three.
    const decimal = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
    const grouping = decimal === '.' ? ',' : '.';
    const [integer = '', fraction = '', ...rest] = s.split(decimal);
    return rest.length === 0 && isGrouped(integer, grouping)
      ? [reading(integer.split(grouping).join(''), fraction)]
      : [];
  }

  const separator = commas > 0 ? ',' : '.';
  // "1.234.567" and "1,234,567": one kind of mark, more than once, groups by three.
  if (dots + commas > 1) return isGrouped(s, separator) ? [reading(s.split(separator).join(''))] : [];
  const [integer = '', fraction = ''] = s.split(separator);
  const grouped = isGrouped(s, separator);
  // "3000,5" is Dutch; "3,000" may also be English for 3000.
  if (separator === ',')
    return grouped ? [reading(integer, fraction), reading(integer + fraction)] : [reading(integer, fraction)];
  // "3.000" is Dutch for 3000; in English it would be 3 with three decimals.
  if (grouped) return [reading(integer + fraction), reading(integer, fraction, true)];
  // "12.5": an English decimal point, or a thousands dot in the wrong place.
  return integer && fraction
    ? [reading(integer, fraction), reading(integer + fraction, '', true)]
    : [reading(integer, fraction)];
}

/** Within the field's limits, and whole where the field needs that. */
function inLimits(value: number, limits: NumberFieldLimits): boolean {
  return value >= limits.min && value <= limits.max && (!limits.integer || Number.isInteger(value));
}

/**
 * Reads a typed number for one field, the Dutch way first and never guessing between two readings that both fit
 * (see the comment at the top of this file). The Dutch reading counts as typed, however many decimals it has; another
 * reading counts only with no more decimals than the field takes. A minus sign makes the text invalid (see
 * isNegativeNumber for its message).
 */
export function readDutchNumber(text: string, limits: NumberFieldLimits): NumberReading {
  const all = candidates(text);
  const [first] = all;
  if (!first) return { kind: 'invalid' };
  const fitting = all.filter(
    (candidate) =>
      inLimits(candidate.value, limits) && (candidate === first || candidate.decimals <= (limits.decimals ?? 2)),
  );
  const values = [...new Set(fitting.map((candidate) => candidate.value))];
  if (!fitting.some((candidate) => !candidate.weak)) return { kind: 'outOfRange', value: first.value };
  if (values.length === 1) return { kind: 'number', value: values[0]! };
  const [larger, smaller] = values.sort((a, b) => b - a) as [number, number];
  return { kind: 'ambiguous', readings: [larger, smaller] };
}

/** True for a number with a minus sign in front ("-5", "− 1.234,50"): not accepted, but worth its own message. */
export function isNegativeNumber(text: string): boolean {
  const match = /^\s*[-\u2212]\s*(.+)$/.exec(text);
  return match !== null && candidates(match[1] ?? '').length > 0;
}

/** Any reading of a text, for checks that do not depend on a field: the first (Dutch) reading, or null. */
export function parseDutchNumber(text: string): number | null {
  return candidates(text)[0]?.value ?? null;
}
