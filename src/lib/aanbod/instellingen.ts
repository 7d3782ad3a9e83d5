// Runtime settings of POST /api/aanbod, read from process.env on first use (not snapshotted at build time),
// so a deployment and the tests can point the outbox, provider and limits anywhere.
import { resolve } from 'node:path';
import { z } from 'astro/zod';
import type { Bureau } from '../config/bureau-schema';
import { ConfigError, formatConfigError } from '../config/friendly-error';

const geheelGetal = (standaard: number) =>
  z
    .string()
    .regex(/^[0-9]+$/, 'moet een positief heel getal zijn')
    .transform(Number)
    .pipe(z.number().int().min(1, 'moet minstens 1 zijn'))
    .default(standaard);

/** Environment variables of the offer function; every one is optional. */
const omgevingSchema = z.object({
  /** Resend API key; when set, mail goes through Resend, otherwise to the local outbox. */
  RESEND_API_KEY: z.string().min(1).optional(),
  /** Other Resend API address, e.g. a local fake server in tests. */
  RESEND_BASE_URL: z.url({ protocol: /^https?$/, error: 'moet een http(s)-adres zijn' }).optional(),
  /** Folder for the local outbox, one JSON file per message; default ./outbox. */
  OUTBOX_DIR: z.string().min(1).default('outbox'),
  /** Comma-separated recipients of the bureau notification; overrides aanbodOntvangers in content/bureau.yaml. */
  AANBOD_ONTVANGERS: z
    .string()
    .transform((lijst) => lijst.split(',').map((adres) => adres.trim()).filter(Boolean))
    .pipe(z.array(z.email('moet een lijst van e-mailadressen zijn, gescheiden door komma’s')).min(1))
    .optional(),
  /** Sender of both e-mails; overrides afzender in content/bureau.yaml. */
  AANBOD_AFZENDER: z.string().regex(/^[^\r\n]+$/, 'moet op één regel staan').optional(),
  /** Submissions allowed per client IP address within the window; default 20. */
  AANBOD_RATE_LIMIT_MAX: geheelGetal(20),
  /** Length of the rate-limit window in seconds; default 600 (10 minutes). */
  AANBOD_RATE_LIMIT_WINDOW_S: geheelGetal(600),
});

export interface AanbodInstellingen {
  resend?: { apiKey: string; baseUrl?: string };
  outboxMap: string;
  ontvangers: string[];
  afzender: string;
  rateLimit: { max: number; vensterMs: number };
}

/** Reads and validates the settings; a wrong value throws one readable error naming the variable. */
export function leesInstellingen(omgeving: Record<string, string | undefined>, bureau: Bureau): AanbodInstellingen {
  const leeg = Object.fromEntries(Object.entries(omgeving).filter(([, waarde]) => waarde !== ''));
  const resultaat = omgevingSchema.safeParse(leeg);
  if (!resultaat.success) throw new ConfigError(formatConfigError('de omgevingsvariabelen', resultaat.error));
  const env = resultaat.data;
  return {
    resend: env.RESEND_API_KEY ? { apiKey: env.RESEND_API_KEY, baseUrl: env.RESEND_BASE_URL } : undefined,
    outboxMap: resolve(env.OUTBOX_DIR),
    ontvangers: env.AANBOD_ONTVANGERS ?? bureau.aanbodOntvangers,
    afzender: env.AANBOD_AFZENDER ?? bureau.afzender,
    rateLimit: { max: env.AANBOD_RATE_LIMIT_MAX, vensterMs: env.AANBOD_RATE_LIMIT_WINDOW_S * 1000 },
  };
}
