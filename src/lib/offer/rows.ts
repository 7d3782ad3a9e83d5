import type { Offer } from '../../schemas/offer';
import { formatDutchDate } from '../format/dates';
import { CHOICES, FIELD_LABELS, OFFER_FIELDS, type OfferField } from './fields';

/** One row of the offer as a person should read it: the field label and the value. */
export interface OfferRow {
  field: OfferField;
  label: string;
  value: string;
}

const NOT_FILLED_IN = 'Niet ingevuld';

/** Turns a valid offer into readable rows, in form order; empty optional fields read "Niet ingevuld". */
export function offerRows(offer: Offer, sectorName: (id: string) => string): OfferRow[] {
  const values: Record<OfferField, string> = {
    organisatie: offer.organisatie,
    kvk: offer.kvk,
    sector: sectorName(offer.sector),
    postcode: offer.postcode,
    plaats: offer.plaats,
    contactpersoon: offer.contactpersoon,
    email: offer.email,
    telefoon: offer.telefoon,
    functie: offer.functie,
    werkzaamheden: offer.werkzaamheden,
    uren_per_week: `${offer.uren_per_week} uur`,
    startdatum: offer.startdatum ? formatDutchDate(new Date(`${offer.startdatum}T00:00:00Z`)) : NOT_FILLED_IN,
    duur_weken: offer.duur_weken === undefined ? NOT_FILLED_IN : `${offer.duur_weken} weken`,
    begeleider: CHOICES.begeleider[offer.begeleider],
    reiskosten: CHOICES.reiskosten[offer.reiskosten],
    doorstroom: CHOICES.doorstroom[offer.doorstroom],
    aanpassingen: offer.aanpassingen ?? NOT_FILLED_IN,
    opmerkingen: offer.opmerkingen ?? NOT_FILLED_IN,
    privacy: 'Gegeven',
  };
  return OFFER_FIELDS.map((field) => ({ field, label: FIELD_LABELS[field], value: values[field] }));
}
