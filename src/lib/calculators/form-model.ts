// The form model shared by the three calculators: field definitions, defaults and validation.
import { formatNumber } from '../format/numbers';
import { parseDutchNumber } from './number-input';
import type { YearParameters } from './year-parameters';

/** A hint under a label: fixed text, or text that names a figure of the chosen year (with that year and its source year). */
export type FieldHint = string | ((p: YearParameters) => string);

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
  /** Default for a year; shown until the user types something else. */
  defaultValue: (p: YearParameters) => number;
  /** Key of a toggle that must be on for this field to be shown and used. */
  showIf?: string;
}

export interface ToggleFieldSpec {
  kind: 'toggle';
  key: string;
  label: string;
  hint?: FieldHint;
  defaultValue: boolean;
}

export type FieldSpec = NumberFieldSpec | ToggleFieldSpec;

/** The key of the year selector in every calculator. */
export const YEAR_KEY = 'jaar';

export type RawValues = Record<string, string>;
export type FieldValues = Record<string, number | boolean>;

export interface ValidationResult {
  values: FieldValues;
  errors: Record<string, string>;
}

/** Default raw values for a year, formatted as a Dutch user would type them. */
export function defaultRawValues(fields: readonly FieldSpec[], p: YearParameters): RawValues {
  const raw: RawValues = { [YEAR_KEY]: String(p.year) };
  for (const field of fields) {
    raw[field.key] =
      field.kind === 'toggle' ? (field.defaultValue ? 'ja' : 'nee') : formatNumber(field.defaultValue(p));
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

/** True when a field is visible given the current toggles. */
export function isFieldActive(field: FieldSpec, raw: RawValues): boolean {
  return field.kind !== 'number' || field.showIf === undefined || raw[field.showIf] === 'ja';
}

/** Validates raw text values; every error is a readable Dutch message, never NaN. */
export function validateFields(fields: readonly FieldSpec[], raw: RawValues): ValidationResult {
  const values: FieldValues = {};
  const errors: Record<string, string> = {};
  for (const field of fields) {
    if (field.kind === 'toggle') {
      values[field.key] = raw[field.key] === 'ja';
      continue;
    }
    if (!isFieldActive(field, raw)) {
      values[field.key] = 0;
      continue;
    }
    const text = (raw[field.key] ?? '').trim();
    const name = field.label.toLowerCase();
    if (text === '') {
      errors[field.key] = `Vul ${name} in`;
      continue;
    }
    const value = parseDutchNumber(text);
    if (value === null && isNegativeNumber(text)) {
      errors[field.key] = `${field.label} mag niet negatief zijn`;
    } else if (value === null) {
      errors[field.key] =
        `Vul bij ${name} een getal in, bijvoorbeeld ${formatNumber(field.max >= 1000 ? 1234.5 : 12.5)}`;
    } else if (field.integer && !Number.isInteger(value)) {
      errors[field.key] = `Vul bij ${name} een heel getal in`;
    } else if (value < field.min || value > field.max) {
      errors[field.key] =
        `Vul bij ${name} een getal in van ${formatNumber(field.min)} tot en met ${formatNumber(field.max)}`;
    } else {
      values[field.key] = value;
    }
  }
  return { values, errors };
}

/** True for a number with a minus sign in front ("-5", "− 1.234,50"): not accepted, but worth its own message. */
function isNegativeNumber(text: string): boolean {
  const match = /^\s*[-\u2212]\s*(.+)$/.exec(text);
  return match !== null && parseDutchNumber(match[1] ?? '') !== null;
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
