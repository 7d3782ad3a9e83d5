import type { DeliveryResult, MailMessage, MailTransport } from '../../lib/mail/message';
import { OncePerKey } from '../delivery/once-per-key';

/** Wraps a transport so that concurrent and repeated calls with the same key share one delivery (see OncePerKey). */
export class DeduplicatingTransport implements MailTransport {
  readonly #once = new OncePerKey();

  constructor(readonly inner: MailTransport) {}

  get name(): string {
    return this.inner.name;
  }

  send(message: MailMessage, idempotencyKey: string): Promise<DeliveryResult> {
    return this.#once.run(idempotencyKey, () => this.inner.send(message, idempotencyKey));
  }
}
