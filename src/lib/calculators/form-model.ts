// The form model shared by the three calculators: field definitions, defaults and validation.
import { formatNumber } from '../format/numbers';
import { parseDutchNumber } from './number-input';
import type { YearParameters } from './year-parameters';

export interface NumberFieldSpec {
  kind: 'number';
  /** Short key, also used in the URL. */
  key: string;
  label: string;
  hint?: string;
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
  hint?: string;
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
    if (value === null) {
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

/** Reads a number that validateFields accepted. */
export function num(values: FieldValues, key: string): number {
  const value = values[key];
  return typeof value === 'number' ? value : 0;
}

/** Reads a toggle that validateFields accepted. */
export function flag(values: FieldValues, key: string): boolean {
  return values[key] === true;
}
