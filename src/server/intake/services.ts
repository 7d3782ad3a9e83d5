// The production wiring of the intakes: settings from the environment, one mail transport and one retry queue for the
// whole process, and per intake its recipients, sender, rate limiter and webhook, created on the first request (per
// server process; per function instance on serverless). A wrong setting is logged with the variable's name and that
// intake then answers "not sent" (503) with every value kept.
import { bureau } from '../../data/bureau';
import { requestServiceOptions } from '../../data/request-services';
import { sectors } from '../../data/sectors';
import type { AnyIntake } from '../../lib/intake/definition';
import { RateLimiter } from '../../lib/intake/rate-limiter';
import { todayInNetherlands } from '../../lib/format/dates';
import type { MailTransport } from '../../lib/mail/message';
import { createOfferIntake } from '../../lib/offer/intake';
import { createRequestIntake } from '../../lib/request/intake';
import { RetryQueue } from '../delivery/retry-queue';
import { createWebhookSender } from '../delivery/webhook-sender';
import { DeduplicatingTransport } from '../mail/deduplicating-transport';
import { OutboxTransport } from '../mail/outbox-transport';
import { ResendTransport } from '../mail/resend-transport';
import type { IntakeDependencies } from './dependencies';
import { outboxRefusal } from './outbox-policy';
import { readIntakeSettings, readSharedSettings } from './settings';

/** Used when the environment is misconfigured: every submission gets the "not sent" answer with all values kept. */
function notConfigured(reason: string): MailTransport {
  return { name: 'niet-ingesteld', send: async () => ({ status: 'rejected', reason }) };
}

const logger = (tag: string) => (line: string) => console.error(`[${tag}] ${line}`);

let shared: { mail: MailTransport; retries: RetryQueue } | undefined;

function sharedServices(): { mail: MailTransport; retries: RetryQueue } {
  if (shared) return shared;
  const log = logger('intake');
  let transport: MailTransport;
  try {
    const settings = readSharedSettings(process.env);
    const refusal = outboxRefusal(__DEPLOY_TARGET__, settings.resend !== undefined);
    if (refusal) log(refusal);
    transport = settings.resend
      ? new ResendTransport(settings.resend.apiKey, settings.resend.baseUrl)
      : refusal
        ? notConfigured(refusal)
        : new OutboxTransport(settings.outboxFolder);
  } catch (error) {
    log((error as Error).message);
    transport = notConfigured((error as Error).message);
  }
  shared = { mail: new DeduplicatingTransport(transport), retries: new RetryQueue(logger('opnieuw')) };
  return shared;
}

const services = new Map<string, IntakeDependencies>();

/** The dependencies of `intake`, whose variables start with `prefix`; `defaults` come from content/bureau.yaml. */
function servicesFor(intake: AnyIntake, prefix: string, recipients: string[]): IntakeDependencies {
  const existing = services.get(intake.name);
  if (existing) return existing;
  const log = logger(intake.name);
  const { mail, retries } = sharedServices();
  const defaults = { recipients, sender: bureau.afzender };
  let created: IntakeDependencies;
  try {
    const settings = readIntakeSettings(process.env, prefix, defaults);
    created = {
      mail,
      retries,
      webhook: settings.webhook
        ? createWebhookSender({ ...settings.webhook, eventType: intake.webhookEventType })
        : undefined,
      rateLimiter: new RateLimiter(settings.rateLimit.max, settings.rateLimit.windowMs),
      bureau,
      recipients: settings.recipients,
      sender: settings.sender,
      today: () => todayInNetherlands(),
      log,
    };
  } catch (error) {
    log((error as Error).message);
    created = {
      mail: notConfigured((error as Error).message),
      rateLimiter: new RateLimiter(20, 600_000),
      bureau,
      ...defaults,
      today: () => todayInNetherlands(),
      log,
    };
  }
  services.set(intake.name, created);
  return created;
}

let offer: AnyIntake | undefined;
let request: AnyIntake | undefined;

/** The offer intake (POST /api/aanbod) with the sectors of content/sectoren.yaml. */
export const offerIntake = (): AnyIntake => (offer ??= createOfferIntake(sectors));
export const offerServices = (): IntakeDependencies => servicesFor(offerIntake(), 'AANBOD', bureau.aanbodOntvangers);

/** The employer's request (POST /api/aanvraag) with the services of src/data/request-services.ts. */
export const requestIntake = (): AnyIntake => (request ??= createRequestIntake(requestServiceOptions()));
export const requestServices = (): IntakeDependencies =>
  servicesFor(requestIntake(), 'AANVRAAG', bureau.aanvraagOntvangers);
