// Reading what an intake form posted: the known names as text, whatever the encoding. Shared by every intake; each
// intake lists its own names (see src/lib/offer/fields.ts and src/lib/request/fields.ts).
import { joinDateParts } from '../forms/date-parts';

/** Names every intake form posts besides its own fields: the honeypot (`website`) and the reference (`referentie`). */
export const COMMON_INPUT_NAMES = ['website', 'referentie'] as const;

/** The raw text of every posted name, as typed. */
export type RawInput<Name extends string> = Record<Name, string>;

/** A form with every name empty. */
export function emptyInputOf<Name extends string>(names: readonly Name[]): RawInput<Name> {
  const input = {} as RawInput<Name>;
  for (const name of names) input[name] = '';
  return input;
}

/**
 * A date may be posted as one `YYYY-MM-DD` value (a native date field, JSON) or as three boxes named `<name>-dag`,
 * `<name>-maand` and `<name>-jaar` (the GOV.UK date pattern). The boxes become `jaar-maand-dag` (joinDateParts in
 * src/lib/forms/date-parts.ts), so the rules can name the mistake and the form can show the three boxes again.
 */
export function dateFromParts(source: Record<string, unknown>, name: string): string | undefined {
  const part = (suffix: string) => {
    const value = Object.hasOwn(source, `${name}-${suffix}`) ? source[`${name}-${suffix}`] : undefined;
    return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  };
  const joined = joinDateParts({ dag: part('dag'), maand: part('maand'), jaar: part('jaar') });
  return joined === '' ? undefined : joined;
}

/**
 * Reads `names` from any decoded body (form data or JSON) as text. Numbers and booleans become text; anything else
 * (objects, arrays, null) counts as empty. Every name in `dateNames` may also arrive as three boxes.
 */
export function readInputOf<Name extends string>(
  names: readonly Name[],
  source: Record<string, unknown>,
  dateNames: readonly Name[] = [],
): RawInput<Name> {
  const input = emptyInputOf(names);
  for (const name of names) {
    const value = Object.hasOwn(source, name) ? source[name] : undefined;
    if (typeof value === 'string') input[name] = value;
    else if (typeof value === 'number' || typeof value === 'boolean') input[name] = String(value);
  }
  for (const name of dateNames) {
    if (input[name].trim() !== '') continue;
    const fromParts = dateFromParts(source, name);
    if (fromParts !== undefined) input[name] = fromParts;
  }
  return input;
}

/** Decodes a request body; null when it is not a JSON object (or, for a form post, never). */
export function decodeBody(kind: 'form' | 'json', body: string): Record<string, unknown> | null {
  if (kind === 'form') {
    const fields: Record<string, string> = {};
    // The first value wins when a name is repeated.
    for (const [name, value] of new URLSearchParams(body)) if (!Object.hasOwn(fields, name)) fields[name] = value;
    return fields;
  }
  try {
    const data: unknown = JSON.parse(body);
    return data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
