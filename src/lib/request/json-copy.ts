import type { EmployerRequest } from '../../schemas/request';
import type { RequestCopy } from '../../schemas/request-copy';
import type { KeyDates } from './key-dates';

/** The versioned, machine-readable copy of a request (see `src/schemas/request-copy.ts` and the README). */
export function requestCopy(
  request: EmployerRequest,
  reference: string,
  serviceName: (id: string) => string,
  dates: KeyDates,
): RequestCopy {
  return {
    schemaVersie: 1,
    referentie: reference,
    vraag: { dienst: { id: request.dienst, naam: serviceName(request.dienst) } },
    organisatie: { naam: request.organisatie, kvkNummer: request.kvk },
    contactpersoon: {
      naam: request.contactpersoon,
      email: request.email,
      telefoon: request.telefoon,
      bereikbaar: request.bereikbaar,
    },
    situatie: {
      functie: request.functie,
      contracturen: request.contracturen,
      eersteZiektedag: request.eerste_ziektedag,
      eerstejaarsevaluatie: {
        gehouden: request.eerstejaarsevaluatie === 'ja',
        datum: request.eerstejaarsevaluatie_datum || null,
      },
      arbeidsdeskundigRapport: request.arbeidsdeskundig_rapport === 'ja',
      bedrijfsartsAdvies2eSpoor: request.bedrijfsarts_advies,
      werknemerGeinformeerd: true,
      toelichting: request.toelichting ?? null,
    },
    termijnen: dates,
    toestemmingPrivacyverklaring: true,
  };
}
