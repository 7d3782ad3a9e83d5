import type { MailTransport, VerzendResultaat } from './bericht';

/** How long a provider may take before the visitor is told the offer was not sent (and may safely retry). */
export const STANDAARD_TIJDSLIMIET_MS = 10_000;

/**
 * Wraps a transport so a hanging provider cannot keep the visitor waiting. A late acceptance after the limit is
 * harmless: the visitor's retry carries the same idempotency key, so the provider delivers the message once.
 */
export function metTijdslimiet(transport: MailTransport, limietMs = STANDAARD_TIJDSLIMIET_MS): MailTransport {
  return {
    naam: transport.naam,
    verstuur(bericht, idempotencySleutel) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const tijdslimiet = new Promise<VerzendResultaat>((klaar) => {
        timer = setTimeout(() => klaar({ geaccepteerd: false, reden: `geen antwoord binnen ${limietMs} ms` }), limietMs);
      });
      return Promise.race([transport.verstuur(bericht, idempotencySleutel), tijdslimiet]).finally(() => clearTimeout(timer));
    },
  };
}
