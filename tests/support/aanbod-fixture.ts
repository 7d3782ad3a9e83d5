import { legeInvoer, type AanbodInvoer } from '../../src/lib/aanbod/velden.ts';

/** A complete, valid offer as a person would type it. */
export function geldigeInvoer(overrides: Partial<AanbodInvoer> = {}): AanbodInvoer {
  return {
    ...legeInvoer(),
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

export const TEST_OPTIES = { sectorIds: ['horeca', 'zorg'], vandaag: '2026-06-15' } as const;
