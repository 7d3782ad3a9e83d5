// Runtime settings of the intakes, read from the environment on first use (not snapshotted at build time), so a
// deployment and the tests can point the outbox, provider, webhooks and limits anywhere. The shared part and each
// intake are read on their own: a wrong AANVRAAG_… variable stops only the request, never the offer.
import { resolve } from 'node:path';
import type { z } from 'zod';
import { ConfigError, formatConfigError } from '../../lib/friendly-errors';
import { intakeSettingsSchema, sharedSettingsSchema } from '../../schemas/server-settings';

type Environment = Record<string, string | undefined>;

export interface SharedSettings {
  resend?: { apiKey: string; baseUrl?: string };
  outboxFolder: string;
}

export interface IntakeSettings {
  recipients: string[];
  sender: string;
  rateLimit: { max: number; windowMs: number };
  webhook?: { url: string; secret: string };
}

/** The environment without empty values (an empty variable counts as unset). */
const setValues = (environment: Environment) =>
  Object.fromEntries(Object.entries(environment).filter(([, value]) => value !== ''));

function fail(error: z.ZodError, prefix = ''): never {
  for (const issue of error.issues) if (issue.path.length > 0) issue.path[0] = `${prefix}${String(issue.path[0])}`;
  throw new ConfigError(formatConfigError('de omgevingsvariabelen', error));
}

/** Reads the provider and outbox settings; a wrong value throws one readable error naming the variable. */
export function readSharedSettings(environment: Environment): SharedSettings {
  const result = sharedSettingsSchema.safeParse(setValues(environment));
  if (!result.success) fail(result.error);
  const env = result.data;
  return {
    resend: env.RESEND_API_KEY ? { apiKey: env.RESEND_API_KEY, baseUrl: env.RESEND_BASE_URL } : undefined,
    outboxFolder: resolve(env.OUTBOX_DIR),
  };
}

/**
 * Reads the variables of one intake (`AANBOD_…`, `AANVRAAG_…`), with the recipients and sender of
 * content/bureau.yaml as defaults; a wrong value throws one readable error naming the variable.
 */
export function readIntakeSettings(
  environment: Environment,
  prefix: string,
  defaults: { recipients: string[]; sender: string },
): IntakeSettings {
  const own = Object.fromEntries(
    Object.entries(setValues(environment))
      .filter(([name]) => name.startsWith(`${prefix}_`))
      .map(([name, value]) => [name.slice(prefix.length + 1), value]),
  );
  const result = intakeSettingsSchema.safeParse(own);
  if (!result.success) fail(result.error, `${prefix}_`);
  const env = result.data;
  return {
    recipients: env.ONTVANGERS ?? defaults.recipients,
    sender: env.AFZENDER ?? defaults.sender,
    rateLimit: { max: env.RATE_LIMIT_MAX, windowMs: env.RATE_LIMIT_WINDOW_S * 1000 },
    webhook: env.WEBHOOK_URL && env.WEBHOOK_SECRET ? { url: env.WEBHOOK_URL, secret: env.WEBHOOK_SECRET } : undefined,
  };
}
