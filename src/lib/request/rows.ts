import type { EmployerRequest } from '../../schemas/request';
import { formatDutchDate } from '../format/dates';
import type { MailRow } from '../intake/mail-layout';
import { CHOICES, FIELD_LABELS, REQUEST_FIELDS, type RequestField } from './fields';
import type { KeyDates } from './key-dates';

/** One row of the request as a person should read it: the field label and the value. */
export interface RequestRow {
  field: RequestField;
  label: string;
  value: string;
}

const NOT_FILLED_IN = 'Niet ingevuld';

/** "12 januari 2026" for `2026-01-12`. */
const dutchDate = (date: string) => formatDutchDate(new Date(`${date}T00:00:00Z`));

/** Turns a valid request into readable rows, in form order; `serviceName` names the chosen service. */
export function requestRows(request: EmployerRequest, serviceName: (id: string) => string): RequestRow[] {
  const values: Record<RequestField, string> = {
    dienst: serviceName(request.dienst),
    organisatie: request.organisatie,
    kvk: request.kvk,
    contactpersoon: request.contactpersoon,
    telefoon: request.telefoon,
    email: request.email,
    bereikbaar: CHOICES.bereikbaar[request.bereikbaar],
    functie: request.functie,
    contracturen: `${String(request.contracturen).replace('.', ',')} uur per week`,
    eerste_ziektedag: dutchDate(request.eerste_ziektedag),
    eerstejaarsevaluatie: CHOICES.eerstejaarsevaluatie[request.eerstejaarsevaluatie],
    eerstejaarsevaluatie_datum: request.eerstejaarsevaluatie_datum
      ? dutchDate(request.eerstejaarsevaluatie_datum)
      : 'Niet van toepassing',
    arbeidsdeskundig_rapport: CHOICES.arbeidsdeskundig_rapport[request.arbeidsdeskundig_rapport],
    bedrijfsarts_advies: CHOICES.bedrijfsarts_advies[request.bedrijfsarts_advies],
    werknemer_geinformeerd: 'Ja',
    toelichting: request.toelichting ?? NOT_FILLED_IN,
    privacy: 'Gegeven',
  };
  return REQUEST_FIELDS.map((field) => ({ field, label: FIELD_LABELS[field], value: values[field] }));
}

/** The key dates as rows for the bureau's mail; a date already past says so. */
export function keyDateRows(dates: KeyDates): MailRow[] {
  const date = (value: string) => `${dutchDate(value)}${value < dates.berekendOp ? ' (verstreken)' : ''}`;
  return [
    { label: `Week van de ziekte op ${dutchDate(dates.berekendOp)}`, value: `week ${dates.weekVanZiekte}` },
    { label: 'Uiterste start 2e spoor (norm van UWV)', value: date(dates.uitersteStart2eSpoor) },
    { label: 'WIA-aanvraag uiterlijk', value: date(dates.wiaAanvraagUiterlijk) },
    { label: 'Einde wachttijd (104 weken)', value: date(dates.eindeWachttijd) },
  ];
}
