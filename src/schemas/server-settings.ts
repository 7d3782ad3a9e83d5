import { z } from 'zod';

const positiveWholeNumber = (fallback: number) =>
  z
    .string()
    .regex(/^[0-9]+$/, 'moet een positief heel getal zijn')
    .transform(Number)
    .pipe(z.number().int().min(1, 'moet minstens 1 zijn'))
    .default(fallback);

/** Environment variables of the offer function, read when it first runs; every one is optional. */
export const serverSettingsSchema = z
  .object({
    /** Resend API key; when set, mail goes through Resend, otherwise to the local outbox. */
    RESEND_API_KEY: z.string().min(1).optional(),
    /** Other Resend API address, e.g. a local fake server in tests. */
    RESEND_BASE_URL: z.url({ protocol: /^https?$/, error: 'moet een http(s)-adres zijn' }).optional(),
    /** Folder for the local outbox, one JSON file per message; default ./outbox. */
    OUTBOX_DIR: z.string().min(1).default('outbox'),
    /** Comma-separated recipients of the bureau notification; overrides aanbodOntvangers in content/bureau.yaml. */
    AANBOD_ONTVANGERS: z
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
    AANBOD_AFZENDER: z
      .string()
      .regex(/^[^\r\n]+$/, 'moet op één regel staan')
      .optional(),
    /** Offers allowed per client IP address within the window; default 20. */
    AANBOD_RATE_LIMIT_MAX: positiveWholeNumber(20),
    /** Length of the rate-limit window in seconds; default 600 (10 minutes). */
    AANBOD_RATE_LIMIT_WINDOW_S: positiveWholeNumber(600),
    /** Address the JSON copy of every offer is posted to (Standard Webhooks); needs AANBOD_WEBHOOK_SECRET. */
    AANBOD_WEBHOOK_URL: z.url({ protocol: /^https?$/, error: 'moet een volledig http(s)-adres zijn' }).optional(),
    /** Signing secret of the webhook in the format whsec_<base64>, at least 24 random bytes. */
    AANBOD_WEBHOOK_SECRET: z
      .string()
      .regex(/^whsec_[A-Za-z0-9+/]+={0,2}$/, 'moet de vorm whsec_<base64> hebben')
      .refine((secret) => atob(secret.slice('whsec_'.length)).length >= 24, 'moet minstens 24 bytes geheim bevatten')
      .optional(),
  })
  .superRefine((env, ctx) => {
    if (Boolean(env.AANBOD_WEBHOOK_URL) !== Boolean(env.AANBOD_WEBHOOK_SECRET)) {
      const missing = env.AANBOD_WEBHOOK_URL ? 'AANBOD_WEBHOOK_SECRET' : 'AANBOD_WEBHOOK_URL';
      ctx.addIssue({
        code: 'custom',
        path: [missing],
        message: 'ontbreekt: de webhook heeft een adres én een geheim nodig',
      });
    }
  });

/** The validated environment. */
export type ServerEnvironment = z.output<typeof serverSettingsSchema>;
