// The fields of the offer form. Their names are the public contract of POST /api/aanbod (Dutch, as visitors and
// integrations see them); the labels are shared by the form, the error summary, the thank-you copy and the e-mails.
import type { FieldErrors as IntakeFieldErrors } from '../intake/contract';
import { COMMON_INPUT_NAMES, emptyInputOf, readInputOf } from '../intake/input';

export const OFFER_FIELDS = [
  'organisatie',
  'kvk',
  'sector',
  'postcode',
  'plaats',
  'contactpersoon',
  'email',
  'telefoon',
  'functie',
  'werkzaamheden',
  'uren_per_week',
  'startdatum',
  'duur_weken',
  'begeleider',
  'reiskosten',
  'doorstroom',
  'aanpassingen',
  'opmerkingen',
  'privacy',
] as const;

/** A field a person fills in (the honeypot and the reference are not part of this list). */
export type OfferField = (typeof OFFER_FIELDS)[number];

/** Every name the form posts: the fields, the honeypot `website` and the idempotency `referentie`. */
export type OfferInputName = OfferField | 'website' | 'referentie';

/** The raw text of every posted name, as typed. */
export type OfferInput = Record<OfferInputName, string>;

/** Field name → the first error message for that field. */
export type FieldErrors = IntakeFieldErrors<OfferField>;

/** Fields whose text may span several lines (tabs and line breaks are kept there). */
export const MULTILINE_FIELDS: ReadonlySet<OfferInputName> = new Set(['werkzaamheden', 'aanpassingen', 'opmerkingen']);

/**
 * Longest text the schema accepts per name, counted after trimming and cleaning. The body-size limit of
 * POST /api/aanbod is derived from these numbers, so the largest valid offer always fits.
 */
export const MAX_LENGTH: Record<OfferInputName, number> = {
  organisatie: 200,
  kvk: 20,
  sector: 80,
  postcode: 10,
  plaats: 100,
  contactpersoon: 120,
  email: 254,
  telefoon: 30,
  functie: 120,
  werkzaamheden: 4000,
  uren_per_week: 3,
  startdatum: 10,
  duur_weken: 3,
  begeleider: 3,
  reiskosten: 10,
  doorstroom: 9,
  aanpassingen: 2000,
  opmerkingen: 2000,
  privacy: 2,
  website: 200,
  referentie: 20,
};

/** Labels as shown on the form and in the e-mails. */
export const FIELD_LABELS: Record<OfferField, string> = {
  organisatie: 'Naam van de organisatie',
  kvk: 'KvK-nummer',
  sector: 'Sector',
  postcode: 'Postcode van de werkplek',
  plaats: 'Plaats van de werkplek',
  contactpersoon: 'Naam contactpersoon',
  email: 'E-mailadres',
  telefoon: 'Telefoonnummer',
  functie: 'Functie of rol',
  werkzaamheden: 'Werkzaamheden',
  uren_per_week: 'Uren per week',
  startdatum: 'Gewenste startdatum',
  duur_weken: 'Duur in weken',
  begeleider: 'Is er een begeleider op de werkplek?',
  reiskosten: 'Vergoedt u de reiskosten?',
  doorstroom: 'Is er kans op detachering of een contract daarna?',
  aanpassingen: 'Mogelijke aanpassingen van de werkplek',
  opmerkingen: 'Opmerkingen',
  privacy: 'Toestemming',
};

/** Choices of the radio-button fields: value → text. */
export const CHOICES = {
  begeleider: { ja: 'Ja', nee: 'Nee' },
  reiskosten: { ja: 'Ja', nee: 'Nee', in_overleg: 'In overleg' },
  doorstroom: { ja: 'Ja', misschien: 'Misschien', nee: 'Nee' },
} as const;

/** Every name the form posts. */
const INPUT_NAMES: readonly OfferInputName[] = [...OFFER_FIELDS, ...COMMON_INPUT_NAMES];

/** An empty form. */
export function emptyInput(): OfferInput {
  return emptyInputOf(INPUT_NAMES);
}

/**
 * Reads the known names from any decoded body (form data or JSON) as text; the start date may also come as three
 * boxes (`startdatum-dag`, `-maand`, `-jaar`). Numbers and booleans become text; anything else counts as empty.
 */
export function readInput(source: Record<string, unknown>): OfferInput {
  return readInputOf(INPUT_NAMES, source, ['startdatum']);
}
