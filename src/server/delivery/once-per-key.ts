import type { DeliveryResult } from '../../lib/mail/message';

/**
 * Runs a delivery at most once per key at a time and remembers the ones that were accepted: concurrent and repeated
 * calls with the same key share one attempt. A rejected or unknown outcome is forgotten once it is known, so a
 * retry tries again (with the same idempotency key, which the provider or receiver deduplicates across restarts).
 */
export class OncePerKey {
  readonly #attempts = new Map<string, Promise<DeliveryResult>>();

  constructor(readonly maxKeys = 10_000) {}

  run(key: string, attempt: () => Promise<DeliveryResult>): Promise<DeliveryResult> {
    const existing = this.#attempts.get(key);
    if (existing) return existing;
    const pending = attempt()
      .catch((error: unknown): DeliveryResult => ({
        status: 'unknown',
        reason: `uitzondering: ${(error as Error).message}`,
      }))
      .then((result) => {
        if (result.status !== 'accepted') this.#attempts.delete(key);
        return result;
      });
    this.#attempts.set(key, pending);
    if (this.#attempts.size > this.maxKeys) this.#attempts.delete(this.#attempts.keys().next().value!);
    return pending;
  }
}

/** Resolves to `onTimeout()` when `work` has not settled within `ms`; `work` itself keeps running. */
export async function withDeadline<T>(work: Promise<T>, ms: number, onTimeout: () => T): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(onTimeout()), Math.max(0, ms));
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}
