import type { Offer } from '../../schemas/offer';
import type { OfferCopy } from '../../schemas/offer-copy';
import { copyFileName, serialiseCopy } from '../intake/json-copy';

/** The versioned, machine-readable copy of an offer (see `src/schemas/offer-copy.ts` and the README). */
export function offerCopy(offer: Offer, reference: string, sectorName: (id: string) => string): OfferCopy {
  return {
    schemaVersie: 1,
    referentie: reference,
    organisatie: {
      naam: offer.organisatie,
      kvkNummer: offer.kvk,
      sector: { id: offer.sector, naam: sectorName(offer.sector) },
    },
    werkplek: { postcode: offer.postcode, plaats: offer.plaats },
    contactpersoon: { naam: offer.contactpersoon, email: offer.email, telefoon: offer.telefoon },
    werkervaringsplaats: {
      functie: offer.functie,
      werkzaamheden: offer.werkzaamheden,
      urenPerWeek: offer.uren_per_week,
      startdatum: offer.startdatum ?? null,
      duurWeken: offer.duur_weken ?? null,
      begeleider: offer.begeleider === 'ja',
      reiskosten: offer.reiskosten,
      doorstroom: offer.doorstroom,
      aanpassingen: offer.aanpassingen ?? null,
      opmerkingen: offer.opmerkingen ?? null,
    },
    toestemmingPrivacyverklaring: true,
  };
}

/** File name of the copy attached to the bureau's e-mail. */
export function offerCopyFileName(reference: string): string {
  return copyFileName('aanbod', reference);
}

/** The copy as the exact text that is attached and sent to the webhook (the same bytes on every retry). */
export function serialiseOfferCopy(copy: OfferCopy): string {
  return serialiseCopy(copy);
}
