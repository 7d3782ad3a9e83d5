// What the shared intake runtime needs for one intake: the transports, its limits and settings. The production
// wiring is in services.ts; unit tests build their own with local fakes.
import type { MailTransport } from '../../lib/mail/message';
import type { RateLimiter } from '../../lib/intake/rate-limiter';
import type { Bureau } from '../../schemas/bureau';
import type { RetryQueue } from '../delivery/retry-queue';
import type { WebhookSender } from '../delivery/webhook-sender';

export interface IntakeDependencies {
  /** Delivers the bureau notification and the confirmation (deduplicated per idempotency key). */
  mail: MailTransport;
  /** Posts the JSON copy to the bureau's own system, when configured for this intake. */
  webhook?: WebhookSender;
  /** Retries the missing channel after a partial delivery; without it, only the log says what is missing. */
  retries?: RetryQueue;
  rateLimiter: RateLimiter;
  bureau: Bureau;
  /** Who receives this intake's notification. */
  recipients: string[];
  /** Sender of both mails. */
  sender: string;
  /** Today as YYYY-MM-DD in the Netherlands. */
  today: () => string;
  /** Milliseconds since the epoch; tests move it. */
  now?: () => number;
  /** Writes one log line (the runtime prefixes the intake's name). */
  log: (line: string) => void;
  deadlineMs?: number;
  bodyTimeoutMs?: number;
}
