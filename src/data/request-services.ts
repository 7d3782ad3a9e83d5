// The services an employer can choose in the request form (POST /api/aanvraag validates `dienst` against these ids,
// as the article schema does with topic ids; "call me back" is always added). For now a fixed list: when the bureau's
// services collection exists, return its entries here (id and name) and nothing else changes. Keep ids stable: they
// are in every request's JSON copy.
import type { RequestService } from '../lib/request/intake';

export function requestServiceOptions(): readonly RequestService[] {
  return [
    { id: 'tweede-spoortraject', naam: '2e-spoortraject voor een zieke werknemer' },
    { id: 'dossiercheck', naam: 'Dossiercheck van het re-integratiedossier' },
    { id: 'advies', naam: 'Advies over verzuim en re-integratie' },
  ];
}
