// Field builders shared by the schemas of the intakes (offer.ts, request.ts), so every form cleans, limits and words
// its messages the same way. zod/mini: zod 4's functional form, whose checks can clean a value (overwrite) before the
// next check reads it.
import * as z from 'zod/mini';
import { SURROUNDING_WHITESPACE_ALLOWANCE } from '../lib/intake/body-limit';
import { cleanText } from '../lib/intake/clean-text';

interface IntakeFieldSpec<Name extends string> {
  /** Longest text per name after cleaning and trimming. */
  maxLength: Record<Name, number>;
  /** Label per name, used in the message for text far over the limit. */
  labels: Partial<Record<Name, string>>;
  /** Names whose text may span several lines. */
  multiline: ReadonlySet<string>;
}

/** The builders for one intake's fields. */
export function intakeFieldBuilders<Name extends string>({ maxLength, labels, multiline }: IntakeFieldSpec<Name>) {
  /**
   * The text of a field as typed, cleaned of invisible characters (src/lib/intake/clean-text.ts) and trimmed. Text
   * far longer than the field allows is refused before anything else, so the size of a valid submission is bounded.
   */
  function cleaned(field: Name) {
    const limit = maxLength[field] + SURROUNDING_WHITESPACE_ALLOWANCE;
    return z.string().check(
      z.maxLength(limit, `${labels[field] ?? field}: dit antwoord is te lang`),
      z.overwrite((value) => cleanText(value, multiline.has(field))),
      z.trim(),
    );
  }

  /** Required free text of `min`–maxLength characters after cleaning. */
  function text(field: Name, min: number, empty: string, subject: string) {
    const max = maxLength[field];
    return cleaned(field).check(
      z.minLength(1, empty),
      z.minLength(min, `${subject} moet minstens ${min} tekens lang zijn`),
      z.maxLength(max, `${subject} mag hoogstens ${max} tekens lang zijn`),
    );
  }

  /** Optional free text of at most maxLength characters; empty becomes undefined. */
  function optionalText(field: Name, subject: string) {
    const max = maxLength[field];
    return z.pipe(
      cleaned(field).check(z.maxLength(max, `${subject} mag hoogstens ${max} tekens lang zijn`)),
      z.transform((value: string) => (value === '' ? undefined : value)),
    );
  }

  /** Text turned into a canonical form by `normalise`, or refused with `invalid`. */
  function normalised(field: Name, normalise: (input: string) => string | null, empty: string, invalid: string) {
    return z.pipe(
      cleaned(field).check(z.minLength(1, empty)),
      z.transform((value: string, ctx) => {
        const result = normalise(value);
        if (result === null) {
          ctx.issues.push({ code: 'custom', message: invalid, input: value });
          return z.NEVER;
        }
        return result;
      }),
    );
  }

  /** An e-mail address, required. */
  function email(field: Name) {
    const max = maxLength[field];
    return z.pipe(
      cleaned(field).check(
        z.minLength(1, 'Vul uw e-mailadres in'),
        z.maxLength(max, `Het e-mailadres mag hoogstens ${max} tekens lang zijn`),
      ),
      // zod's own e-mail pattern, applied as a plain check to keep the browser bundle small.
      z.string().check(z.regex(z.regexes.email, 'Vul een geldig e-mailadres in, bijvoorbeeld naam@organisatie.nl')),
    );
  }

  return { cleaned, text, optionalText, normalised, email };
}

/** A whole number between `min` and `max`, typed as text. */
export function wholeNumber(min: number, max: number, subject: string) {
  const message = `Vul voor ${subject} een heel getal in van ${min} tot en met ${max}`;
  return z.pipe(
    z.string().check(
      z.regex(/^[0-9]{1,3}$/, message),
      z.refine((value) => Number(value) >= min && Number(value) <= max, message),
    ),
    z.transform(Number),
  );
}

/** Turns the issues of a parse into the first message per field, in form order. */
export function firstErrorPerField<Field extends string>(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
  order: readonly Field[],
): Partial<Record<Field, string>> {
  const byField: Partial<Record<Field, string>> = {};
  for (const issue of issues) {
    const field = issue.path[0] as Field;
    byField[field] ??= issue.message;
  }
  const errors: Partial<Record<Field, string>> = {};
  for (const field of order) if (byField[field]) errors[field] = byField[field];
  return errors;
}
