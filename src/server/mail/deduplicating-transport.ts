import type { DeliveryResult, MailMessage, MailTransport } from '../../lib/mail/message';
import { fingerprint } from '../delivery/fingerprint';
import { OncePerKey } from '../delivery/once-per-key';

/**
 * Wraps a transport so that concurrent and repeated calls with the same key and message share one delivery, and the
 * same key with another message is a conflict that sends nothing (see OncePerKey).
 */
export class DeduplicatingTransport implements MailTransport {
  readonly #once = new OncePerKey();

  constructor(readonly inner: MailTransport) {}

  get name(): string {
    return this.inner.name;
  }

  send(message: MailMessage, idempotencyKey: string, signal?: AbortSignal): Promise<DeliveryResult> {
    return this.#once.run(
      idempotencyKey,
      fingerprint(message),
      (attemptSignal) => this.inner.send(message, idempotencyKey, attemptSignal),
      signal,
    );
  }
}
