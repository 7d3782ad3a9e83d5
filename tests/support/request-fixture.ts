// No runtime import from src/: tests/deploy/ loads this file with Node's own type stripping (see offer-fixture.ts).
import type { RequestInput } from '../../src/lib/request/fields.ts';

/** The services of the fixture bureau (the real list comes from src/data/request-services.ts). */
export const TEST_SERVICES = [
  { id: 'tweede-spoortraject', naam: '2e-spoortraject' },
  { id: 'dossiercheck', naam: 'Dossiercheck' },
];

/** A complete, valid request as an employer would type it, on the fixture day 2026-06-15. */
export function validRequestInput(overrides: Partial<RequestInput> = {}): RequestInput {
  return {
    website: '',
    referentie: '',
    dienst: 'tweede-spoortraject',
    organisatie: 'Transport Van Dijk B.V.',
    kvk: '8765 4321',
    contactpersoon: 'Karin Jansen',
    telefoon: '020-1234567',
    email: 'karin@vandijk.example',
    bereikbaar: 'ochtend',
    functie: 'Chauffeur',
    contracturen: '32',
    eerste_ziektedag: '2025-09-01',
    eerstejaarsevaluatie: 'nee',
    eerstejaarsevaluatie_datum: '',
    arbeidsdeskundig_rapport: 'nee',
    bedrijfsarts_advies: 'nog-niet',
    werknemer_geinformeerd: 'ja',
    toelichting: '',
    privacy: 'ja',
    ...overrides,
  };
}

export const REQUEST_TEST_OPTIONS = { serviceIds: TEST_SERVICES.map((s) => s.id), today: '2026-06-15' } as const;

/** The date `days` days before today (UTC), for tests against a server that uses the real date. */
export function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}
