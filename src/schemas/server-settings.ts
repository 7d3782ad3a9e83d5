import { z } from 'zod';

const positiveWholeNumber = (fallback: number) =>
  z
    .string()
    .regex(/^[0-9]+$/, 'moet een positief heel getal zijn')
    .transform(Number)
    .pipe(z.number().int().min(1, 'moet minstens 1 zijn'))
    .default(fallback);

/** Environment variables every intake shares, read when the first form arrives; every one is optional. */
export const sharedSettingsSchema = z.object({
  /** Resend API key; when set, mail goes through Resend, otherwise to the local outbox. */
  RESEND_API_KEY: z.string().min(1).optional(),
  /** Other Resend API address, e.g. a local fake server in tests. */
  RESEND_BASE_URL: z.url({ protocol: /^https?$/, error: 'moet een http(s)-adres zijn' }).optional(),
  /** Folder for the local outbox, one JSON file per message; default ./outbox. */
  OUTBOX_DIR: z.string().min(1).default('outbox'),
});

/**
 * Environment variables of one intake, without their prefix: `AANBOD_…` for the offer, `AANVRAAG_…` for the request
 * (src/server/intake/settings.ts adds the prefix back in every message). Every one is optional.
 */
export const intakeSettingsSchema = z
  .object({
    /** Comma-separated recipients of the notification; overrides the intake's list in content/bureau.yaml. */
    ONTVANGERS: z
      .string()
      .transform((list) =>
        list
          .split(',')
          .map((address) => address.trim())
          .filter(Boolean),
      )
      .pipe(z.array(z.email('moet een lijst van e-mailadressen zijn, gescheiden door komma’s')).min(1))
      .optional(),
    /** Sender of both e-mails; overrides afzender in content/bureau.yaml. */
    AFZENDER: z
      .string()
      .regex(/^[^\r\n]+$/, 'moet op één regel staan')
      .optional(),
    /** Submissions allowed per client IP address within the window; default 20. */
    RATE_LIMIT_MAX: positiveWholeNumber(20),
    /** Length of the rate-limit window in seconds; default 600 (10 minutes). */
    RATE_LIMIT_WINDOW_S: positiveWholeNumber(600),
    /** Address the JSON copy of every submission is posted to (Standard Webhooks); needs the secret as well. */
    WEBHOOK_URL: z.url({ protocol: /^https?$/, error: 'moet een volledig http(s)-adres zijn' }).optional(),
    /** Signing secret of the webhook in the format whsec_<base64>, at least 24 random bytes. */
    WEBHOOK_SECRET: z
      .string()
      .regex(/^whsec_[A-Za-z0-9+/]+={0,2}$/, 'moet de vorm whsec_<base64> hebben')
      .refine((secret) => atob(secret.slice('whsec_'.length)).length >= 24, 'moet minstens 24 bytes geheim bevatten')
      .optional(),
  })
  .superRefine((env, ctx) => {
    if (Boolean(env.WEBHOOK_URL) !== Boolean(env.WEBHOOK_SECRET)) {
      ctx.addIssue({
        code: 'custom',
        path: [env.WEBHOOK_URL ? 'WEBHOOK_SECRET' : 'WEBHOOK_URL'],
        message: 'ontbreekt: de webhook heeft een adres én een geheim nodig',
      });
    }
  });

/** The validated shared variables. */
export type SharedEnvironment = z.output<typeof sharedSettingsSchema>;
/** The validated variables of one intake. */
export type IntakeEnvironment = z.output<typeof intakeSettingsSchema>;
