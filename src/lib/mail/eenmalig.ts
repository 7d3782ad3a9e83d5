import type { MailBericht, MailTransport, VerzendResultaat } from './bericht';

/**
 * Wraps a transport so that concurrent and repeated calls with the same key share one delivery.
 * A failed delivery is forgotten, so a retry tries again; the provider's own idempotency key covers
 * restarts and other instances.
 */
export class EenmaligeTransport implements MailTransport {
  readonly #bezig = new Map<string, Promise<VerzendResultaat>>();

  constructor(
    readonly binnen: MailTransport,
    readonly maxSleutels = 10_000,
  ) {}

  get naam(): string {
    return this.binnen.naam;
  }

  verstuur(bericht: MailBericht, sleutel: string): Promise<VerzendResultaat> {
    const bestaand = this.#bezig.get(sleutel);
    if (bestaand) return bestaand;
    const poging = this.binnen.verstuur(bericht, sleutel).then((resultaat) => {
      if (!resultaat.geaccepteerd) this.#bezig.delete(sleutel);
      return resultaat;
    });
    this.#bezig.set(sleutel, poging);
    if (this.#bezig.size > this.maxSleutels) this.#bezig.delete(this.#bezig.keys().next().value!);
    return poging;
  }
}
