// The production wiring of POST /api/aanbod: settings from the environment, one mail transport, one webhook sender
// and one rate limiter per server process (per function instance on serverless), created on the first request.
import { bureau } from '../../data/bureau';
import { sectors } from '../../data/sectors';
import type { MailTransport } from '../../lib/mail/message';
import { RateLimiter } from '../../lib/offer/rate-limiter';
import { todayInNetherlands } from '../../lib/format/dates';
import { createWebhookSender, type WebhookSender } from '../delivery/webhook-sender';
import { DeduplicatingTransport } from '../mail/deduplicating-transport';
import { OutboxTransport } from '../mail/outbox-transport';
import { ResendTransport } from '../mail/resend-transport';
import type { OfferDependencies } from './handle-offer';
import { outboxRefusal } from './outbox-policy';
import { readOfferSettings, type OfferSettings } from './settings';

let services: OfferDependencies | undefined;

/** Used when the environment is misconfigured: every offer gets the "not sent" answer with all values kept. */
function notConfigured(reason: string): MailTransport {
  return { name: 'niet-ingesteld', send: async () => ({ status: 'rejected', reason }) };
}

function log(line: string): void {
  console.error(`[aanbod] ${line}`);
}

export function offerServices(): OfferDependencies {
  if (services) return services;
  let settings: OfferSettings;
  let transport: MailTransport;
  let webhook: WebhookSender | undefined;
  try {
    settings = readOfferSettings(process.env, bureau);
    const refusal = outboxRefusal(__DEPLOY_TARGET__, settings.resend !== undefined);
    if (refusal) log(refusal);
    transport = settings.resend
      ? new ResendTransport(settings.resend.apiKey, settings.resend.baseUrl)
      : refusal
        ? notConfigured(refusal)
        : new OutboxTransport(settings.outboxFolder);
    webhook = settings.webhook ? createWebhookSender(settings.webhook) : undefined;
  } catch (error) {
    log((error as Error).message);
    settings = readOfferSettings({}, bureau);
    transport = notConfigured((error as Error).message);
  }
  services = {
    mail: new DeduplicatingTransport(transport),
    webhook,
    rateLimiter: new RateLimiter(settings.rateLimit.max, settings.rateLimit.windowMs),
    bureau,
    sectors: sectors,
    recipients: settings.recipients,
    sender: settings.sender,
    today: () => todayInNetherlands(),
    log,
  };
  return services;
}
