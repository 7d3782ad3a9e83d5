import { z } from 'zod';

/**
 * The machine-readable copy of an offer that the bureau receives as `aanbod-<referentie>.json` (mail attachment)
 * and, when configured, as the body of the signed webhook. Its keys are Dutch because the bureau's own systems
 * read them. Change the shape only with a new `schemaVersie`.
 */
export const offerCopySchema = z.strictObject({
  /** Version of this shape; 1 since December 2026. */
  schemaVersie: z.literal(1),
  /** The offer's reference: also the webhook-id and part of the file name; the same on every retry. */
  referentie: z.string().min(1),
  /** The organisation offering the placement. */
  organisatie: z.strictObject({
    /** Name as typed. */
    naam: z.string(),
    /** Chamber of Commerce number: exactly 8 digits. */
    kvkNummer: z.string().regex(/^[0-9]{8}$/),
    /** Sector from the form's list: its stable id and its name. */
    sector: z.strictObject({
      /** Stable id from `content/sectoren.yaml`. */
      id: z.string(),
      /** Name as shown on the form. */
      naam: z.string(),
    }),
  }),
  /** Where the work is done. */
  werkplek: z.strictObject({
    /** Dutch postcode, normalised to `1234 AB`. */
    postcode: z.string().regex(/^[1-9][0-9]{3} [A-Z]{2}$/),
    /** Town as typed. */
    plaats: z.string(),
  }),
  /** Who the bureau contacts. */
  contactpersoon: z.strictObject({
    /** Name as typed. */
    naam: z.string(),
    /** E-mail address. */
    email: z.string(),
    /** Phone number in E.164 form, e.g. `+31612345678`. */
    telefoon: z.string().regex(/^\+[1-9][0-9]{6,14}$/),
  }),
  /** The placement itself. */
  werkervaringsplaats: z.strictObject({
    /** Role or job title. */
    functie: z.string(),
    /** What the candidate would do; line breaks as `\n`. */
    werkzaamheden: z.string(),
    /** Hours per week, 4–40. */
    urenPerWeek: z.number().int().min(4).max(40),
    /** Wished start date as `YYYY-MM-DD`, or null when not given. */
    startdatum: z
      .string()
      .regex(/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/)
      .nullable(),
    /** Duration in weeks (4–52), or null when not given. */
    duurWeken: z.number().int().min(4).max(52).nullable(),
    /** Whether a workplace mentor is available. */
    begeleider: z.boolean(),
    /** Whether the host pays travel costs. */
    reiskosten: z.enum(['ja', 'nee', 'in_overleg']),
    /** Chance of detachering or a contract afterwards. */
    doorstroom: z.enum(['ja', 'misschien', 'nee']),
    /** Possible workplace adjustments, or null. */
    aanpassingen: z.string().nullable(),
    /** Remarks, or null. */
    opmerkingen: z.string().nullable(),
  }),
  /** Consent to the privacy statement (always true: an offer without it is refused). */
  toestemmingPrivacyverklaring: z.literal(true),
});

/** The JSON copy of an offer. */
export type OfferCopy = z.infer<typeof offerCopySchema>;
