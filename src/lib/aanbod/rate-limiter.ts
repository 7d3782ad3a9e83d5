/**
 * In-memory sliding-window limit per client. Good enough for one server process; on a serverless host each
 * instance keeps its own window, which still stops a single client from flooding one instance.
 */
export class RateLimiter {
  readonly #pogingen = new Map<string, number[]>();

  constructor(
    readonly max: number,
    readonly vensterMs: number,
    readonly maxClients = 10_000,
  ) {}

  /** Records an attempt; returns the seconds to wait when over the limit, or 0 when allowed. */
  probeer(client: string, nu = Date.now()): number {
    const grens = nu - this.vensterMs;
    const recent = this.#pogingen.get(client) ?? [];
    // Attempts are stored in time order, so the expired ones are at the front: drop them in place (no copy per request).
    let verlopen = 0;
    while (verlopen < recent.length && recent[verlopen]! <= grens) verlopen++;
    if (verlopen > 0) recent.splice(0, verlopen);
    if (recent.length >= this.max) {
      this.#pogingen.set(client, recent);
      return Math.max(1, Math.ceil((recent[0]! + this.vensterMs - nu) / 1000));
    }
    recent.push(nu);
    this.#pogingen.delete(client);
    this.#pogingen.set(client, recent);
    // Forget the least recently seen clients so memory stays bounded.
    if (this.#pogingen.size > this.maxClients) this.#pogingen.delete(this.#pogingen.keys().next().value!);
    return 0;
  }
}
