// Posts the JSON copy of a submission to the bureau's own system, signed per the Standard Webhooks specification
// (https://www.standardwebhooks.com): `webhook-id` is the reference, so a retry carries the same id and the receiver
// can deduplicate; `webhook-timestamp` and `webhook-signature` let it check the sender and the age. The event type
// (`aanbod.ontvangen`, `aanvraag.ontvangen`) travels in the header `webhook-event-type`, so the payload of the offer
// stays exactly the JSON copy its existing receivers read (see the README, "Webhook").
import { Webhook } from 'standardwebhooks';
import type { DeliveryResult } from '../../lib/mail/message';
import { fingerprint } from './fingerprint';
import { OncePerKey } from './once-per-key';

/** How long the receiver may take before the attempt counts as unknown. */
export const WEBHOOK_TIMEOUT_MS = 8_000;

export interface WebhookSender {
  /** Short name for logs. */
  readonly name: string;
  /** Posts `payload` (JSON text) with `id` as the webhook-id; `signal` aborts the attempt at the caller's deadline. */
  send(payload: string, id: string, signal?: AbortSignal): Promise<DeliveryResult>;
}

interface WebhookTarget {
  url: string;
  /** Secret in the `whsec_<base64>` format of the specification. */
  secret: string;
  /** Event type of every message, e.g. `aanbod.ontvangen`. */
  eventType: string;
  timeoutMs?: number;
  fetchImpl?: typeof fetch;
  now?: () => Date;
}

export function createWebhookSender({
  url,
  secret,
  eventType,
  timeoutMs = WEBHOOK_TIMEOUT_MS,
  fetchImpl = fetch,
  now = () => new Date(),
}: WebhookTarget): WebhookSender {
  const signer = new Webhook(secret);
  const once = new OncePerKey();
  const intake = eventType.split('.')[0];
  const attempt = async (payload: string, id: string, signal?: AbortSignal): Promise<DeliveryResult> => {
    const timestamp = now();
    const headers = {
      'content-type': 'application/json',
      'user-agent': `werkervaringsplaats-site/${intake}`,
      'webhook-id': id,
      'webhook-timestamp': String(Math.floor(timestamp.getTime() / 1000)),
      'webhook-signature': signer.sign(id, timestamp, payload),
      'webhook-event-type': eventType,
    };
    const ownTimeout = AbortSignal.timeout(timeoutMs);
    try {
      const answer = await fetchImpl(url, {
        method: 'POST',
        headers,
        body: payload,
        signal: signal ? AbortSignal.any([signal, ownTimeout]) : ownTimeout,
        redirect: 'error',
      });
      await answer.body?.cancel().catch(() => {});
      if (answer.ok) return { status: 'accepted', id: `webhook ${answer.status}` };
      // The receiver answered: a 4xx means it refused the message; after a 5xx it may or may not have kept it.
      const reason = `webhook antwoordde ${answer.status}`;
      return answer.status >= 500
        ? { status: 'unknown', reason, cause: 'server-error' }
        : { status: 'rejected', reason };
    } catch (error) {
      const timedOut = ownTimeout.aborted || signal?.aborted === true;
      return {
        status: 'unknown',
        reason: `webhook: ${timedOut ? `geen antwoord op tijd` : (error as Error).message}`,
        cause: timedOut ? 'timeout' : 'connection',
      };
    }
  };
  return {
    name: 'webhook',
    send: (payload, id, signal) =>
      once.run(id, fingerprint(payload), (attemptSignal) => attempt(payload, id, attemptSignal), signal),
  };
}
