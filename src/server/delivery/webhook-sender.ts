// Posts the JSON copy of an offer to the bureau's own system, signed per the Standard Webhooks specification
// (https://www.standardwebhooks.com): `webhook-id` is the offer's reference, so a retry carries the same id and the
// receiver can deduplicate; `webhook-timestamp` and `webhook-signature` let it check the sender and the age.
import { Webhook } from 'standardwebhooks';
import type { DeliveryResult } from '../../lib/mail/message';
import { OncePerKey } from './once-per-key';

/** How long the receiver may take before the attempt counts as unknown. */
export const WEBHOOK_TIMEOUT_MS = 8_000;

export interface WebhookSender {
  /** Short name for logs. */
  readonly name: string;
  /** Posts `payload` (JSON text) with `id` as the webhook-id. */
  send(payload: string, id: string): Promise<DeliveryResult>;
}

interface WebhookTarget {
  url: string;
  /** Secret in the `whsec_<base64>` format of the specification. */
  secret: string;
  timeoutMs?: number;
  fetchImpl?: typeof fetch;
  now?: () => Date;
}

export function createWebhookSender({
  url,
  secret,
  timeoutMs = WEBHOOK_TIMEOUT_MS,
  fetchImpl = fetch,
  now = () => new Date(),
}: WebhookTarget): WebhookSender {
  const signer = new Webhook(secret);
  const once = new OncePerKey();
  return {
    name: 'webhook',
    send: (payload, id) =>
      once.run(id, async () => {
        const timestamp = now();
        const headers = {
          'content-type': 'application/json',
          'user-agent': 'werkervaringsplaats-site/aanbod',
          'webhook-id': id,
          'webhook-timestamp': String(Math.floor(timestamp.getTime() / 1000)),
          'webhook-signature': signer.sign(id, timestamp, payload),
        };
        try {
          const answer = await fetchImpl(url, {
            method: 'POST',
            headers,
            body: payload,
            signal: AbortSignal.timeout(timeoutMs),
            redirect: 'error',
          });
          await answer.body?.cancel().catch(() => {});
          if (answer.ok) return { status: 'accepted', id: `webhook ${answer.status}` };
          // The receiver answered: a 4xx means it refused the message; after a 5xx it may or may not have kept it.
          const reason = `webhook antwoordde ${answer.status}`;
          return answer.status >= 500 ? { status: 'unknown', reason } : { status: 'rejected', reason };
        } catch (error) {
          return {
            status: 'unknown',
            reason: `webhook: ${(error as Error).name === 'TimeoutError' ? `geen antwoord binnen ${timeoutMs} ms` : (error as Error).message}`,
          };
        }
      }),
  };
}
