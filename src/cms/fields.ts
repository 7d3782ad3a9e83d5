// Field builders for the editor, so every form speaks the same Dutch and checks what the build's zod schema checks.
// Lengths are read from the zod schema itself; Keystatic's own length messages are English, so they are expressed as
// a pattern with a Dutch message instead.
import { fields } from '@keystatic/core';

/** What the editor needs to know of a zod string schema: its length limits. */
interface LengthLimits {
  minLength: number | null;
  maxLength: number | null;
}

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A pattern that accepts text whose trimmed length is within the limits of `schema`. */
export function lengthPattern(schema: LengthLimits): { regex: RegExp; message: string } {
  const min = Math.max(schema.minLength ?? 1, 1);
  const max = schema.maxLength ?? 10_000;
  // First and last characters are not spaces, so the counted length is the trimmed length the build checks.
  const middle = min >= 2 ? `\\S[\\s\\S]{${min - 2},${max - 2}}\\S` : `\\S(?:[\\s\\S]{0,${max - 2}}\\S)?`;
  return {
    regex: new RegExp(`^\\s*${middle}\\s*$`),
    message: `Vul ${min} tot ${max} tekens in.`,
  };
}

/** Text with the length limits of its zod schema. */
export function limitedText(options: {
  label: string;
  description: string;
  schema: LengthLimits;
  multiline?: boolean;
}) {
  return fields.text({
    label: options.label,
    description: options.description,
    multiline: options.multiline,
    // isRequired for the "*" every required field shows (an empty field then gets Keystatic's English message).
    validation: { isRequired: true, pattern: lengthPattern(options.schema) },
  });
}

/** Optional text: may stay empty, otherwise within the limits of its zod schema. */
export function optionalText(options: { label: string; description: string; schema: LengthLimits }) {
  const { regex, message } = lengthPattern(options.schema);
  return fields.text({
    label: options.label,
    description: options.description,
    validation: {
      pattern: { regex: new RegExp(`^$|${regex.source}`), message: `Laat leeg of ${message.toLowerCase()}` },
    },
  });
}

/** A fixed code in lowercase letters, digits and dashes (used in web addresses and references). */
export function idText(label: string, description: string) {
  return fields.text({
    label,
    description,
    validation: {
      pattern: {
        regex: ID_PATTERN,
        message: 'Gebruik alleen kleine letters, cijfers en streepjes, bijvoorbeeld tweede-spoor.',
      },
    },
  });
}

/** Text that must match `regex`, with a Dutch message saying what is expected. */
export function patternText(label: string, description: string, regex: RegExp, message: string) {
  return fields.text({ label, description, validation: { pattern: { regex, message } } });
}

/** A required date; with `defaultToday`, a new entry starts with today's date (a file without it still reads empty). */
export function requiredDate(label: string, description: string, options: { defaultToday?: boolean } = {}) {
  return fields.date({
    label,
    description,
    validation: { isRequired: true },
    ...(options.defaultToday ? { defaultValue: { kind: 'today' as const } } : {}),
  });
}

/** A required web address. */
export function requiredUrl(label: string, description: string) {
  return fields.url({ label, description, validation: { isRequired: true } });
}

/** Options for a select or multiselect from a list of `{ id, naam }` entries. */
export function optionsFrom(entries: readonly { id: string; naam: string }[]) {
  return entries.map((entry) => ({ label: entry.naam, value: entry.id }));
}
