// The form model shared by the calculators: field definitions, defaults and validation.
import { formatNumber } from '../format/numbers';
import { isIsoDate } from '../format/dates';
import { dateProblem } from '../forms/date-problem';
import { sentDateValue } from '../forms/date-parts';
import { isNegativeNumber, readDutchNumber } from './number-input';
import type { YearParameters } from './year-parameters';

/** A hint under a label: fixed text, or text that names a figure of the chosen year (with that year and its source year). */
export type FieldHint = string | ((p: YearParameters) => string);

/**
 * The Dutch texts of a calculator's form: its title, and each field's label and hint. They live beside the spec, not
 * in its fields, so an island does not carry them as code: the catalogue joins them to the fields (withTexts) and the
 * server passes them to the island as text (islandTexts).
 */
export interface FormTexts {
  /** Heading of the calculator block. */
  title: string;
  /** Per field key: its label, and its hint if it has one. */
  fields: Record<string, { label: string; hint?: FieldHint }>;
}

/** The texts an island gets from the server: title, labels, and every hint as text per year (year → key → text). */
export interface IslandTexts {
  title: string;
  labels: Record<string, string>;
  hints: Record<string, Record<string, string>>;
}

/** A field as a spec file defines it: everything but its Dutch texts (see FormTexts). */
export type FieldDefinition = FieldSpec extends infer F
  ? F extends FieldSpec
    ? Omit<F, 'label' | 'hint'>
    : never
  : never;

/** Fields with their labels (and hints, when given): what the catalogue, the server, the island and the tests use. */
export function withLabels(
  fields: readonly FieldDefinition[],
  labels: Record<string, { label: string; hint?: FieldHint } | string>,
): FieldSpec[] {
  return fields.map((field) => {
    const text = labels[field.key];
    return (typeof text === 'string' ? { ...field, label: text } : { ...field, ...text }) as FieldSpec;
  });
}

/** What the server passes to an island: the title, the labels and every hint as text, per year. */
export function islandTexts(
  spec: { title: string; fields: readonly FieldSpec[] },
  parameters: readonly YearParameters[],
): IslandTexts {
  return {
    title: spec.title,
    labels: Object.fromEntries(spec.fields.map((field) => [field.key, field.label])),
    hints: Object.fromEntries(
      parameters.map((p) => [
        p.year,
        Object.fromEntries(
          spec.fields.flatMap((field) => (field.hint ? [[field.key, fieldHint(field, p) ?? '']] : [])),
        ),
      ]),
    ),
  };
}

export interface NumberFieldSpec {
  kind: 'number';
  /** Short key, also used in the URL. */
  key: string;
  label: string;
  hint?: FieldHint;
  /** Unit shown after the input, e.g. "€" or "%". */
  unit?: string;
  min: number;
  max: number;
  integer?: boolean;
  /** Most decimals a value of this field has (default 2): decides between the Dutch and the English reading. */
  decimals?: number;
  /** Default for a year; shown in the field before the first submit. */
  defaultValue: (p: YearParameters) => number;
  /**
   * Key of a toggle this field belongs to: the field is always shown (also without JavaScript, so no default is
   * hidden), right under its toggle, and counts only while the toggle is on.
   */
  showIf?: string;
}

export interface ToggleFieldSpec {
  kind: 'toggle';
  key: string;
  label: string;
  hint?: FieldHint;
  defaultValue: boolean;
}

/** A calendar day in three boxes (dag, maand, jaar), sent as `YYYY-MM-DD`; empty by default. */
export interface DateFieldSpec {
  kind: 'date';
  key: string;
  label: string;
  hint?: FieldHint;
  /** May stay empty (the calculator then uses another field, which its hint names). */
  optional?: boolean;
  /** Whether the day may lie after today. */
  allowFuture?: boolean;
}

export type FieldSpec = NumberFieldSpec | ToggleFieldSpec | DateFieldSpec;

/** The key of the year selector in every calculator. */
export const YEAR_KEY = 'jaar';

export type RawValues = Record<string, string>;
/** Validated values: a number, a ticked box, or a day (`YYYY-MM-DD`, '' when an optional day is empty). */
export type FieldValues = Record<string, number | boolean | string>;

/** What the form knows beyond the typed values. */
export interface ValidationContext {
  /** Today in the Netherlands, `YYYY-MM-DD`; without it a day is only checked for being a real date. */
  today?: string | undefined;
}

export interface ValidationResult {
  values: FieldValues;
  /** One Dutch message per wrong field; for an ambiguous number the question ("Brutojaarloon: bedoelt u 3.000 of 3?"). */
  errors: Record<string, string>;
  /** Per field whose number has two readings that both fit: both, the larger first ("Bedoelt u 3.000 of 3?"). */
  ambiguous: Record<string, [number, number]>;
}

/** Default raw values for a year, formatted as a Dutch user would type them. */
export function defaultRawValues(fields: readonly FieldSpec[], p: YearParameters): RawValues {
  const raw: RawValues = { [YEAR_KEY]: String(p.year) };
  for (const field of fields) {
    raw[field.key] =
      field.kind === 'toggle'
        ? field.defaultValue
          ? 'ja'
          : 'nee'
        : field.kind === 'date'
          ? ''
          : formatNumber(field.defaultValue(p));
  }
  return raw;
}

/**
 * The year and the full set of raw values a calculator shows for what the user changed (or submitted): the chosen
 * year when parameters exist for it, else the default year; every value not given is that year's default. The island
 * and the result route both use it, so both show the same numbers.
 */
export function resolveRawValues(
  fields: readonly FieldSpec[],
  parameters: readonly YearParameters[],
  defaultYear: number,
  given: RawValues,
): { year: number; raw: RawValues } {
  const chosen = Number(given[YEAR_KEY]);
  const year = parameters.some((p) => p.year === chosen) ? chosen : defaultYear;
  const p = parameters.find((candidate) => candidate.year === year) ?? parameters[0];
  if (!p) throw new Error('No calculator parameters available');
  return { year, raw: { ...defaultRawValues(fields, p), ...given, [YEAR_KEY]: String(year) } };
}

/** The hint of a field for the chosen year's parameters. */
export function fieldHint(field: FieldSpec, p: YearParameters): string | undefined {
  return typeof field.hint === 'function' ? field.hint(p) : field.hint;
}

/** True when a field's value counts: a field under a toggle counts only while the toggle is on. */
export function isFieldUsed(field: FieldSpec, raw: RawValues): boolean {
  return field.kind !== 'number' || field.showIf === undefined || raw[field.showIf] === 'ja';
}

/** Validates raw text values; every error is a readable Dutch message, never NaN, and no number is guessed. */
export function validateFields(
  fields: readonly FieldSpec[],
  raw: RawValues,
  context: ValidationContext = {},
): ValidationResult {
  const values: FieldValues = {};
  const errors: Record<string, string> = {};
  const ambiguous: Record<string, [number, number]> = {};
  for (const field of fields) {
    const text = (raw[field.key] ?? '').trim();
    if (field.kind === 'toggle') {
      values[field.key] = raw[field.key] === 'ja';
    } else if (field.kind === 'date') {
      // The island holds the boxes as typed (`2026-3-5`); the rules judge them as sent (`2026-03-05`).
      const date = sentDateValue(text);
      const error = dateError(field, date, context.today);
      if (error) errors[field.key] = error;
      else values[field.key] = date;
    } else if (!isFieldUsed(field, raw)) {
      values[field.key] = 0;
    } else {
      const name = field.label.toLowerCase();
      if (text === '') {
        errors[field.key] = `Vul ${name} in`;
        continue;
      }
      const reading = readDutchNumber(text, field);
      if (reading.kind === 'number') {
        values[field.key] = reading.value;
      } else if (reading.kind === 'ambiguous') {
        ambiguous[field.key] = reading.readings;
        errors[field.key] = `${field.label}: bedoelt u ${reading.readings.map(formatNumber).join(' of ')}?`;
      } else if (isNegativeNumber(text)) {
        errors[field.key] = `${field.label} mag niet negatief zijn`;
      } else if (reading.kind === 'invalid') {
        errors[field.key] =
          `Vul bij ${name} een getal in, bijvoorbeeld ${formatNumber(field.max >= 1000 ? 1234.5 : 12.5)}`;
      } else if (field.integer && !Number.isInteger(reading.value)) {
        errors[field.key] = `Vul bij ${name} een heel getal in`;
      } else {
        errors[field.key] =
          `Vul bij ${name} een getal in van ${formatNumber(field.min)} tot en met ${formatNumber(field.max)}`;
      }
    }
  }
  return { values, errors, ambiguous };
}

/**
 * Dutch message for a wrong day (`date`: the boxes joined as sent), or undefined when it is right (or empty and
 * optional). A date that is not a real one gets the GOV.UK message naming the missing box (dateProblem).
 */
function dateError(field: DateFieldSpec, date: string, today: string | undefined): string | undefined {
  if (date === '') return field.optional ? undefined : `Vul ${field.label.toLowerCase()} in`;
  const problem = dateProblem(date, field.label);
  if (problem) return problem;
  if (today === undefined || !isIsoDate(today)) return undefined;
  return !field.allowFuture && date > today ? `${field.label} mag niet na vandaag liggen` : undefined;
}

/** Reads a number that validateFields accepted. */
export function num(values: FieldValues, key: string): number {
  const value = values[key];
  return typeof value === 'number' ? value : 0;
}

/** Reads a toggle that validateFields accepted. */
export function flag(values: FieldValues, key: string): boolean {
  return values[key] === true;
}

/** Reads a day that validateFields accepted: `YYYY-MM-DD`, or undefined when an optional day is empty. */
export function day(values: FieldValues, key: string): string | undefined {
  const value = values[key];
  return typeof value === 'string' && value !== '' ? value : undefined;
}
