// Calculator inputs live in the query string, namespaced per calculator ("wep.uren=24"). The form on every calculator
// submits with GET to /rekenhulpen/<slug>/uitkomst/, so one address holds one result, with or without JavaScript:
// the island writes the same query as the browser would send for the form, and the server reads it back. A date is
// typed in three boxes (`vzk.eerstedag-dag`, …); the addresses the island and the share button build carry it as one
// ISO value (`vzk.eerstedag=2026-01-15`), and the server reads both.
import { sentDateValue } from '../forms/date-parts';
import { readDateParam } from '../forms/date-query';
import type { CalculatorSpec } from './calculator-view';
import { YEAR_KEY, type FieldSpec, type RawValues } from './form-model';

/** The query parameter (and form control name) of one calculator input. */
export const urlParamName = (prefix: string, key: string): string => `${prefix}.${key}`;

/** Reads the values for one calculator from a query string (only the parameters that are present). */
export function readUrlValues(search: string, prefix: string, keys: readonly string[]): Record<string, string> {
  const params = new URLSearchParams(search);
  const values: Record<string, string> = {};
  for (const key of keys) {
    const value = params.get(urlParamName(prefix, key));
    if (value !== null) values[key] = value;
  }
  return values;
}

/** The keys of a calculator's date fields. */
export const dateKeysOf = (fields: readonly FieldSpec[]): string[] =>
  fields.filter((field) => field.kind === 'date').map((field) => field.key);

/**
 * Reads a submitted form from a query string the way the browser sent it: a missing checkbox means "nee", a missing
 * number field keeps its default. Returns null when the query holds nothing of this calculator (not a submission).
 */
export function readSubmittedValues(search: string, prefix: string, fields: readonly FieldSpec[]): RawValues | null {
  const keys = [YEAR_KEY, ...fields.map((field) => field.key)];
  const present = readUrlValues(search, prefix, keys);
  // A date may also come as the three boxes a submit without JavaScript sends.
  const params = new URLSearchParams(search);
  for (const key of dateKeysOf(fields)) {
    const date = readDateParam(params, urlParamName(prefix, key));
    if (date !== null) present[key] = date;
  }
  if (Object.keys(present).length === 0) return null;
  const values: RawValues = { ...present };
  for (const field of fields) {
    if (field.kind === 'toggle') values[field.key] = present[field.key] === 'ja' ? 'ja' : 'nee';
  }
  return values;
}

/**
 * The query string ("?…") a GET submission of the form sends for these values: the year (when the calculator has a
 * year selector), then every field in form order (all are in the form, also those under a toggle), a ticked box as
 * "ja" and an unticked one left out, a date as one value joined from its boxes. The island puts it in the address and the share button copies it, so the link
 * opens the same result without JavaScript.
 */
export function submittedSearch(
  { prefix, fields, yearLabel }: Pick<CalculatorSpec, 'prefix' | 'fields' | 'yearLabel'>,
  raw: RawValues,
): string {
  const params = new URLSearchParams();
  if (yearLabel !== undefined) params.set(urlParamName(prefix, YEAR_KEY), raw[YEAR_KEY] ?? '');
  for (const field of fields) {
    const value = raw[field.key] ?? '';
    if (field.kind === 'toggle') {
      if (value === 'ja') params.append(urlParamName(prefix, field.key), 'ja');
    } else {
      params.append(urlParamName(prefix, field.key), field.kind === 'date' ? sentDateValue(value) : value);
    }
  }
  return `?${params.toString()}`;
}
