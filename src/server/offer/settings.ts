// Runtime settings of POST /api/aanbod, read from the environment on first use (not snapshotted at build time),
// so a deployment and the tests can point the outbox, provider, webhook and limits anywhere.
import { resolve } from 'node:path';
import type { Bureau } from '../../schemas/bureau';
import { serverSettingsSchema } from '../../schemas/server-settings';
import { ConfigError, formatConfigError } from '../../lib/friendly-errors';

export interface OfferSettings {
  resend?: { apiKey: string; baseUrl?: string };
  webhook?: { url: string; secret: string };
  outboxFolder: string;
  recipients: string[];
  sender: string;
  rateLimit: { max: number; windowMs: number };
}

/** Reads and validates the settings; a wrong value throws one readable error naming the variable. */
export function readOfferSettings(environment: Record<string, string | undefined>, bureau: Bureau): OfferSettings {
  const set = Object.fromEntries(Object.entries(environment).filter(([, value]) => value !== ''));
  const result = serverSettingsSchema.safeParse(set);
  if (!result.success) throw new ConfigError(formatConfigError('de omgevingsvariabelen', result.error));
  const env = result.data;
  return {
    resend: env.RESEND_API_KEY ? { apiKey: env.RESEND_API_KEY, baseUrl: env.RESEND_BASE_URL } : undefined,
    webhook:
      env.AANBOD_WEBHOOK_URL && env.AANBOD_WEBHOOK_SECRET
        ? { url: env.AANBOD_WEBHOOK_URL, secret: env.AANBOD_WEBHOOK_SECRET }
        : undefined,
    outboxFolder: resolve(env.OUTBOX_DIR),
    recipients: env.AANBOD_ONTVANGERS ?? bureau.aanbodOntvangers,
    sender: env.AANBOD_AFZENDER ?? bureau.afzender,
    rateLimit: { max: env.AANBOD_RATE_LIMIT_MAX, windowMs: env.AANBOD_RATE_LIMIT_WINDOW_S * 1000 },
  };
}
