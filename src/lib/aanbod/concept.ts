// The draft of the offer form in the browser's localStorage: saved while typing, restored after a reload or
// a failed send, removed after a successful send or after 30 days. The consent box, the honeypot and the
// reference are never stored.
import { legeInvoer, type AanbodInvoer } from './velden';

export const CONCEPT_SLEUTEL = 'wep-aanbod-concept';
export const CONCEPT_BEWAARTIJD_MS = 30 * 24 * 60 * 60 * 1000;

type Opslag = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const NIET_BEWAREN = new Set<keyof AanbodInvoer>(['privacy', 'website', 'referentie']);

/** Saves the typed values; returns false when storage is unavailable (private mode, full, blocked). */
export function bewaarConcept(opslag: Opslag, invoer: AanbodInvoer, nu = Date.now()): boolean {
  const velden = Object.fromEntries(Object.entries(invoer).filter(([naam, waarde]) => !NIET_BEWAREN.has(naam as keyof AanbodInvoer) && waarde !== ''));
  try {
    if (Object.keys(velden).length === 0) opslag.removeItem(CONCEPT_SLEUTEL);
    else opslag.setItem(CONCEPT_SLEUTEL, JSON.stringify({ opgeslagen: nu, velden }));
    return true;
  } catch {
    return false;
  }
}

/** The saved draft as a complete form, or null when there is none, it is unreadable or too old. */
export function laadConcept(opslag: Opslag, nu = Date.now()): AanbodInvoer | null {
  try {
    const tekst = opslag.getItem(CONCEPT_SLEUTEL);
    if (!tekst) return null;
    const { opgeslagen, velden } = JSON.parse(tekst) as { opgeslagen?: unknown; velden?: unknown };
    if (typeof opgeslagen !== 'number' || nu - opgeslagen > CONCEPT_BEWAARTIJD_MS || !velden || typeof velden !== 'object') {
      opslag.removeItem(CONCEPT_SLEUTEL);
      return null;
    }
    const invoer = legeInvoer();
    for (const [naam, waarde] of Object.entries(velden)) {
      if (Object.hasOwn(invoer, naam) && !NIET_BEWAREN.has(naam as keyof AanbodInvoer) && typeof waarde === 'string') {
        invoer[naam as keyof AanbodInvoer] = waarde;
      }
    }
    return invoer;
  } catch {
    return null;
  }
}

export function wisConcept(opslag: Opslag): void {
  try {
    opslag.removeItem(CONCEPT_SLEUTEL);
  } catch {
    // Storage blocked: nothing was saved either.
  }
}
