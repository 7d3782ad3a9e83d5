// The rules of the offer form, applied by POST /api/aanbod (the form in the browser shows the server's answer, so
// these rules live in one place). Messages are Dutch, specific and polite (GOV.UK / NL Design System style).
// zod/mini: zod 4's functional form, whose checks can clean a value (overwrite) before the next check reads it.
import * as z from 'zod/mini';
import { normaliseKvk, normalisePhone, normalisePostcode } from '../lib/intake/normalise';
import {
  FIELD_LABELS,
  MAX_LENGTH,
  MULTILINE_FIELDS,
  OFFER_FIELDS,
  type FieldErrors,
  type OfferField,
  type OfferInput,
} from '../lib/offer/fields';
import { isIsoDate } from '../lib/format/dates';
import { dateProblem } from '../lib/forms/date-problem';
import { firstErrorPerField, intakeFieldBuilders, wholeNumber } from './intake-fields';

interface OfferSchemaOptions {
  /** Ids of the sectors from `content/sectoren.yaml`. */
  sectorIds: readonly string[];
  /** Today as `YYYY-MM-DD`; a start date before it is refused. */
  today: string;
}

const { cleaned, text, optionalText, normalised, email } = intakeFieldBuilders<OfferField>({
  maxLength: MAX_LENGTH,
  labels: FIELD_LABELS,
  multiline: MULTILINE_FIELDS,
});

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
    email: email('email'),
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
        z.superRefine((date, ctx) => {
          const problem = date === '' ? undefined : dateProblem(date, FIELD_LABELS.startdatum);
          if (problem) ctx.issues.push({ code: 'custom', message: problem, input: date });
        }),
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
  return { valid: false, errors: firstErrorPerField<OfferField>(result.error.issues, OFFER_FIELDS) };
}
