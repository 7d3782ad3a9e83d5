import { z } from 'zod';

const isoDate = () => z.string().regex(/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/);

/**
 * The machine-readable copy of an employer's request that the bureau receives as `aanvraag-<referentie>.json` (mail
 * attachment) and, when configured, as the body of the signed webhook (event type `aanvraag.ontvangen`). Its keys are
 * Dutch because the bureau's own systems read them. It holds no name of the employee and no health details; the
 * first sick day and the key dates are absence data, to be kept no longer than the privacy statement says. Change the
 * shape only with a new `schemaVersie`.
 */
export const requestCopySchema = z.strictObject({
  /** Version of this shape; 1 since December 2026. */
  schemaVersie: z.literal(1),
  /** The request's reference, e.g. `AV-7KQ3-MX`: also the webhook-id and part of the file name. */
  referentie: z.string().regex(/^AV-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{2}$/),
  /** What the employer asks for. */
  vraag: z.strictObject({
    /** One of the bureau's services, or `terugbellen` (call me back). */
    dienst: z.strictObject({
      /** Stable id of the service, or `terugbellen`. */
      id: z.string(),
      /** Name as shown on the form. */
      naam: z.string(),
    }),
  }),
  /** The employer. */
  organisatie: z.strictObject({
    /** Name as typed. */
    naam: z.string(),
    /** Chamber of Commerce number: exactly 8 digits. */
    kvkNummer: z.string().regex(/^[0-9]{8}$/),
  }),
  /** Who the bureau calls back (the employer's contact, never the employee). */
  contactpersoon: z.strictObject({
    /** Name as typed. */
    naam: z.string(),
    /** E-mail address. */
    email: z.string(),
    /** Phone number in E.164 form, e.g. `+31612345678`. */
    telefoon: z.string().regex(/^\+[1-9][0-9]{6,14}$/),
    /** When to call: `ochtend`, `middag` or `geen-voorkeur`. */
    bereikbaar: z.enum(['ochtend', 'middag', 'geen-voorkeur']),
  }),
  /** The situation, without identifying or medical data. */
  situatie: z.strictObject({
    /** The employee's function in a few words. */
    functie: z.string(),
    /** Contract hours per week, 1–60. */
    contracturen: z.number().min(1).max(60),
    /** First day of sickness, `YYYY-MM-DD`. */
    eersteZiektedag: isoDate(),
    /** The eerstejaarsevaluatie. */
    eerstejaarsevaluatie: z.strictObject({
      /** Whether it took place. */
      gehouden: z.boolean(),
      /** Its date `YYYY-MM-DD`, or null when it has not taken place. */
      datum: isoDate().nullable(),
    }),
    /** Whether an arbeidsdeskundig report exists. */
    arbeidsdeskundigRapport: z.boolean(),
    /** The bedrijfsarts's advice about the 2e spoor: `ja`, `nee` or `nog-niet` (no advice yet). */
    bedrijfsartsAdvies2eSpoor: z.enum(['ja', 'nee', 'nog-niet']),
    /** The employee knows the employer asks the bureau (always true: a request without it is refused). */
    werknemerGeinformeerd: z.literal(true),
    /** Remarks as typed (at most 500 characters, line breaks as `\n`), or null. */
    toelichting: z.string().max(500).nullable(),
  }),
  /** Key dates from the poortwachter-planner, computed on the day the request was received. */
  termijnen: z.strictObject({
    /** The day they were computed, `YYYY-MM-DD`. */
    berekendOp: isoDate(),
    /** Week of illness on that day (week 1 starts on the first sick day). */
    weekVanZiekte: z.number().int().min(1),
    /** Latest start of the 2e spoor (UWV's assessment norm, not a statutory term), `YYYY-MM-DD`. */
    uitersteStart2eSpoor: isoDate(),
    /** Last day for the employee to apply for the WIA (end of week 93), `YYYY-MM-DD`. */
    wiaAanvraagUiterlijk: isoDate(),
    /** Last day of the waiting period of 104 weeks, `YYYY-MM-DD`. */
    eindeWachttijd: isoDate(),
  }),
  /** Consent to the privacy statement (always true: a request without it is refused). */
  toestemmingPrivacyverklaring: z.literal(true),
});

/** The JSON copy of a request. */
export type RequestCopy = z.infer<typeof requestCopySchema>;
