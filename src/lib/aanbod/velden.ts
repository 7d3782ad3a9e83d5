// Names and labels of the offer form fields, in form order. The names are the contract of POST /api/aanbod;
// the labels are shared by the form, the error summary and the e-mails.

export const AANBOD_VELDEN = [
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
export type AanbodVeld = (typeof AANBOD_VELDEN)[number];

/** The raw text of every field as typed, plus the honeypot and the reference. */
export type AanbodInvoer = Record<AanbodVeld | 'website' | 'referentie', string>;

/** Labels as shown on the form and in the e-mails. */
export const VELD_LABELS: Record<AanbodVeld, string> = {
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
export const KEUZES = {
  begeleider: { ja: 'Ja', nee: 'Nee' },
  reiskosten: { ja: 'Ja', nee: 'Nee', in_overleg: 'In overleg' },
  doorstroom: { ja: 'Ja', misschien: 'Misschien', nee: 'Nee' },
} as const;

/** An empty form. */
export function legeInvoer(): AanbodInvoer {
  const invoer = { website: '', referentie: '' } as AanbodInvoer;
  for (const veld of AANBOD_VELDEN) invoer[veld] = '';
  return invoer;
}

/**
 * Reads the known fields from any decoded body (form data or JSON) as text.
 * Numbers and booleans become text; anything else (objects, arrays, null) counts as empty.
 */
export function leesInvoer(bron: Record<string, unknown>): AanbodInvoer {
  const invoer = legeInvoer();
  for (const naam of Object.keys(invoer) as (keyof AanbodInvoer)[]) {
    const waarde = Object.hasOwn(bron, naam) ? bron[naam] : undefined;
    if (typeof waarde === 'string') invoer[naam] = waarde;
    else if (typeof waarde === 'number' || typeof waarde === 'boolean') invoer[naam] = String(waarde);
  }
  return invoer;
}
