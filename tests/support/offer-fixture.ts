// No runtime import from src/: tests/deploy/ loads this file with Node's own type stripping, which needs every
// relative import spelled with its extension.
import type { OfferInput } from '../../src/lib/offer/fields.ts';

/** A complete, valid offer as a person would type it. */
export function validInput(overrides: Partial<OfferInput> = {}): OfferInput {
  return {
    website: '',
    referentie: '',
    organisatie: 'Bakkerij De Korenschoof',
    kvk: '1234 5678',
    sector: 'horeca',
    postcode: '1234ab',
    plaats: 'Utrecht',
    contactpersoon: 'Anna de Vries',
    email: 'anna@korenschoof.example',
    telefoon: '06-12345678',
    functie: 'Medewerker bakkerij',
    werkzaamheden: 'Helpen bij het bakken van brood en het inpakken van bestellingen.',
    uren_per_week: '16',
    startdatum: '',
    duur_weken: '12',
    begeleider: 'ja',
    reiskosten: 'in_overleg',
    doorstroom: 'misschien',
    aanpassingen: '',
    opmerkingen: '',
    privacy: 'ja',
    ...overrides,
  };
}

export const TEST_OPTIONS = { sectorIds: ['horeca', 'zorg'], today: '2026-06-15' } as const;
