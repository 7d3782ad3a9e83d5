// Hands the state of a form post without JavaScript from POST /api/aanbod to the page that renders the answer
// (via Astro's rewrite, which keeps `locals`). A symbol key keeps it out of the shared App.Locals type.
import type { OfferPageState } from '../../lib/offer/contract';

const KEY = Symbol.for('wep.offer.page-state');

export function setOfferPageState(locals: object, state: OfferPageState): void {
  (locals as Record<symbol, unknown>)[KEY] = state;
}

export function readOfferPageState(locals: object): OfferPageState | undefined {
  return (locals as Record<symbol, OfferPageState | undefined>)[KEY];
}
