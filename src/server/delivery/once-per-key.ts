import type { DeliveryResult } from '../../lib/mail/message';

interface Attempt {
  /** What was sent under the key (a hash of the message or payload). */
  fingerprint: string;
  result: Promise<DeliveryResult>;
}

/**
 * Runs a delivery at most once per key at a time and remembers the ones that were accepted: concurrent and repeated
 * calls with the same key and the same content share one attempt. The same key with other content is a conflict and
 * sends nothing (M4). A rejected or unknown outcome is forgotten once it is known, and an attempt is forgotten as soon
 * as the caller's signal aborts it (at the request's deadline), even if the other side never answers: a retry then
 * starts a fresh attempt with the same idempotency key, which the provider or receiver deduplicates (M3).
 */
export class OncePerKey {
  readonly #attempts = new Map<string, Attempt>();

  constructor(readonly maxKeys = 10_000) {}

  run(
    key: string,
    fingerprint: string,
    attempt: (signal?: AbortSignal) => Promise<DeliveryResult>,
    signal?: AbortSignal,
  ): Promise<DeliveryResult> {
    const existing = this.#attempts.get(key);
    if (existing) {
      if (existing.fingerprint === fingerprint) return existing.result;
      return Promise.resolve({ status: 'conflict', reason: `sleutel ${key} is al gebruikt voor een ander bericht` });
    }
    const entry: Attempt = { fingerprint, result: Promise.resolve({ status: 'rejected', reason: 'nog niet gestart' }) };
    const forget = () => {
      if (this.#attempts.get(key) === entry) this.#attempts.delete(key);
    };
    entry.result = attempt(signal)
      .catch((error: unknown): DeliveryResult => ({
        status: 'unknown',
        reason: `uitzondering: ${(error as Error).message}`,
        cause: signal?.aborted ? 'timeout' : 'connection',
      }))
      .then((result) => {
        if (result.status !== 'accepted') forget();
        return result;
      });
    this.#attempts.set(key, entry);
    signal?.addEventListener('abort', forget, { once: true });
    if (this.#attempts.size > this.maxKeys) this.#attempts.delete(this.#attempts.keys().next().value!);
    return entry.result;
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
