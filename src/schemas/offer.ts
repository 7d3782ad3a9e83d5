// The rules of the offer form, applied by POST /api/aanbod (the form in the browser shows the server's answer, so
// these rules live in one place). Messages are Dutch, specific and polite (GOV.UK / NL Design System style).
// zod/mini: zod 4's functional form, whose checks can clean a value (overwrite) before the next check reads it.
import * as z from 'zod/mini';
import { cleanText } from '../lib/offer/clean-text';
import {
  FIELD_LABELS,
  MAX_LENGTH,
  MULTILINE_FIELDS,
  OFFER_FIELDS,
  SURROUNDING_WHITESPACE_ALLOWANCE,
  type FieldErrors,
  type OfferField,
  type OfferInput,
} from '../lib/offer/fields';
import { normaliseKvk, normalisePhone, normalisePostcode } from '../lib/offer/normalise';
import { isIsoDate } from '../lib/format/dates';

interface OfferSchemaOptions {
  /** Ids of the sectors from `content/sectoren.yaml`. */
  sectorIds: readonly string[];
  /** Today as `YYYY-MM-DD`; a start date before it is refused. */
  today: string;
}

/**
 * The text of a field as typed, cleaned of invisible control characters and trimmed. Text far longer than the
 * field allows is refused before anything else, so the size of a valid offer is bounded.
 */
function cleaned(field: OfferField) {
  const limit = MAX_LENGTH[field] + SURROUNDING_WHITESPACE_ALLOWANCE;
  return z.string().check(
    z.maxLength(limit, `${FIELD_LABELS[field]}: dit antwoord is te lang`),
    z.overwrite((value) => cleanText(value, MULTILINE_FIELDS.has(field))),
    z.trim(),
  );
}

/** Required free text of `min`–MAX_LENGTH characters after cleaning. */
function text(field: OfferField, min: number, empty: string, subject: string) {
  const max = MAX_LENGTH[field];
  return cleaned(field).check(
    z.minLength(1, empty),
    z.minLength(min, `${subject} moet minstens ${min} tekens lang zijn`),
    z.maxLength(max, `${subject} mag hoogstens ${max} tekens lang zijn`),
  );
}

/** Optional free text of at most MAX_LENGTH characters; empty becomes undefined. */
function optionalText(field: OfferField, subject: string) {
  const max = MAX_LENGTH[field];
  return z.pipe(
    cleaned(field).check(z.maxLength(max, `${subject} mag hoogstens ${max} tekens lang zijn`)),
    z.transform((value: string) => (value === '' ? undefined : value)),
  );
}

/** A whole number between `min` and `max`, typed as text. */
function wholeNumber(min: number, max: number, subject: string) {
  const message = `Vul voor ${subject} een heel getal in van ${min} tot en met ${max}`;
  return z.pipe(
    z.string().check(
      z.regex(/^[0-9]{1,3}$/, message),
      z.refine((value) => Number(value) >= min && Number(value) <= max, message),
    ),
    z.transform(Number),
  );
}

/** Text turned into a canonical form by `normalise`, or refused with `invalid`. */
function normalised(field: OfferField, normalise: (input: string) => string | null, empty: string, invalid: string) {
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

/** Builds the schema; the sector list and today's date are inputs so browser and server agree and tests are stable. */
export function createOfferSchema({ sectorIds, today }: OfferSchemaOptions) {
  return z.object({
    /** Name of the host organisation, 2–200 characters. */
    organisatie: text('organisatie', 2, 'Vul de naam van uw organisatie in', 'De naam van uw organisatie'),
    /** KvK-nummer: 8 digits; spaces and dots are removed. */
    kvk: normalised(
      'kvk',
      normaliseKvk,
      'Vul het KvK-nummer van uw organisatie in',
      'Een KvK-nummer bestaat uit 8 cijfers, bijvoorbeeld 12345678',
    ),
    /** Sector id from `content/sectoren.yaml`. */
    sector: z.string().check(z.refine((id) => sectorIds.includes(id), 'Kies de sector waarin uw organisatie werkt')),
    /** Dutch postcode of the workplace, normalised to `1234 AB`. */
    postcode: normalised(
      'postcode',
      normalisePostcode,
      'Vul de postcode van de werkplek in',
      'Vul een Nederlandse postcode in, bijvoorbeeld 1234 AB',
    ),
    /** Town of the workplace, 2–100 characters. */
    plaats: text('plaats', 2, 'Vul de plaats van de werkplek in', 'De plaats'),
    /** Name of the contact person, 2–120 characters. */
    contactpersoon: text('contactpersoon', 2, 'Vul de naam van de contactpersoon in', 'De naam van de contactpersoon'),
    /** E-mail address of the contact person; the bureau replies here. */
    email: z.pipe(
      cleaned('email').check(
        z.minLength(1, 'Vul uw e-mailadres in'),
        z.maxLength(MAX_LENGTH.email, `Het e-mailadres mag hoogstens ${MAX_LENGTH.email} tekens lang zijn`),
      ),
      // zod's own e-mail pattern, applied as a plain check to keep the browser bundle small.
      z.string().check(z.regex(z.regexes.email, 'Vul een geldig e-mailadres in, bijvoorbeeld naam@organisatie.nl')),
    ),
    /** Dutch or international phone number, normalised to E.164 (`+31612345678`). */
    telefoon: normalised(
      'telefoon',
      normalisePhone,
      'Vul uw telefoonnummer in',
      'Vul een geldig telefoonnummer in, bijvoorbeeld 06 12345678 of +31 20 1234567',
    ),
    /** Title of the placement role, 2–120 characters. */
    functie: text('functie', 2, 'Vul de functie of rol in', 'De functie'),
    /** What the candidate would do, 20–4000 characters. */
    werkzaamheden: text('werkzaamheden', 20, 'Beschrijf de werkzaamheden', 'De beschrijving van de werkzaamheden'),
    /** Hours per week, whole number 4–40. */
    uren_per_week: z.pipe(
      cleaned('uren_per_week').check(z.minLength(1, 'Vul het aantal uren per week in')),
      wholeNumber(4, 40, 'de uren per week'),
    ),
    /** Optional start date `YYYY-MM-DD`, today or later. */
    startdatum: z.pipe(
      cleaned('startdatum').check(
        z.refine((date) => date === '' || isIsoDate(date), 'Vul een geldige datum in, bijvoorbeeld 2026-09-01'),
        z.refine(
          (date) => date === '' || !isIsoDate(date) || date >= today,
          'De startdatum mag niet in het verleden liggen',
        ),
      ),
      z.transform((date: string) => (date === '' ? undefined : date)),
    ),
    /** Optional duration in weeks, whole number 4–52. */
    duur_weken: z.pipe(
      z.pipe(
        cleaned('duur_weken'),
        z.transform((value: string) => (value === '' ? undefined : value)),
      ),
      z.optional(wholeNumber(4, 52, 'de duur')),
    ),
    /** Is there a workplace mentor: `ja` or `nee`. */
    begeleider: z.enum(['ja', 'nee'], 'Kies of er een begeleider op de werkplek is'),
    /** Does the host pay travel costs: `ja`, `nee` or `in_overleg`. */
    reiskosten: z.enum(['ja', 'nee', 'in_overleg'], 'Kies of u de reiskosten vergoedt'),
    /** Chance of detachering or a contract afterwards: `ja`, `misschien` or `nee`. */
    doorstroom: z.enum(['ja', 'misschien', 'nee'], 'Kies of er kans is op detachering of een contract'),
    /** Optional workplace adjustments, up to 2000 characters. */
    aanpassingen: optionalText('aanpassingen', 'De beschrijving van de aanpassingen'),
    /** Optional remarks, up to 2000 characters. */
    opmerkingen: optionalText('opmerkingen', 'De opmerkingen'),
    /** Consent to the privacy statement: must be `ja`. */
    privacy: z.literal('ja', 'Geef toestemming om uw gegevens te gebruiken voor dit aanbod'),
  });
}

/** A valid, cleaned and normalised offer. */
export type Offer = z.output<ReturnType<typeof createOfferSchema>>;

export type OfferValidation = { valid: true; offer: Offer } | { valid: false; errors: FieldErrors };

// Building a zod schema is far more expensive than using it, so one is kept per sector list and day.
let cache: { key: string; schema: ReturnType<typeof createOfferSchema> } | undefined;

function schemaFor(options: OfferSchemaOptions) {
  const key = `${options.today}|${options.sectorIds.join(',')}`;
  if (cache?.key !== key) cache = { key, schema: createOfferSchema(options) };
  return cache.schema;
}

/** Validates typed input; returns the normalised offer or one message per field, in form order. */
export function validateOffer(input: OfferInput, options: OfferSchemaOptions): OfferValidation {
  const result = schemaFor(options).safeParse(input);
  if (result.success) return { valid: true, offer: result.data };
  const byField: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0] as OfferField;
    byField[field] ??= issue.message;
  }
  const errors: FieldErrors = {};
  for (const field of OFFER_FIELDS) if (byField[field]) errors[field] = byField[field];
  return { valid: false, errors };
}
