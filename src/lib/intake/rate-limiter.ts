/**
 * In-memory sliding-window limit per client. Good enough for one server process; on a serverless host each
 * instance keeps its own window, which still stops a single client from flooding one instance.
 */
export class RateLimiter {
  readonly #attempts = new Map<string, number[]>();

  constructor(
    readonly max: number,
    readonly windowMs: number,
    readonly maxClients = 10_000,
  ) {}

  /** Records an attempt; returns the seconds to wait when over the limit, or 0 when allowed. */
  attempt(client: string, now = Date.now()): number {
    const horizon = now - this.windowMs;
    const recent = this.#attempts.get(client) ?? [];
    // Attempts are stored in time order, so the expired ones are at the front: drop them in place (no copy per request).
    let expired = 0;
    while (expired < recent.length && recent[expired]! <= horizon) expired++;
    if (expired > 0) recent.splice(0, expired);
    if (recent.length >= this.max) {
      this.#attempts.set(client, recent);
      return Math.max(1, Math.ceil((recent[0]! + this.windowMs - now) / 1000));
    }
    recent.push(now);
    this.#attempts.delete(client);
    this.#attempts.set(client, recent);
    // Forget the least recently seen clients so memory stays bounded.
    if (this.#attempts.size > this.maxClients) this.#attempts.delete(this.#attempts.keys().next().value!);
    return 0;
  }
}
