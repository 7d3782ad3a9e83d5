// Prefilling the request form from the page that sent the employer there: /aanvragen/?dienst=<id>&eersteZiektedag=
// YYYY-MM-DD&evaluatie=YYYY-MM-DD (the planner, the dossiercheck, a calculator result, a service page). Only values
// the form can hold are taken; anything else is ignored, so a link can never put text of its own into the form.
import { isIsoDate } from '../format/dates';
import { CALL_BACK, type RequestInput } from './fields';

/** The form's address. */
export const REQUEST_FORM_PATH = '/aanvragen/';

/** The query parameters a link may carry (public: other pages and the dossiercheck build them). */
export const PREFILL_PARAMS = { service: 'dienst', firstSickDay: 'eersteZiektedag', evaluation: 'evaluatie' } as const;

export interface RequestPrefill {
  /** A service id (or `terugbellen`). */
  service?: string;
  /** First sick day, `YYYY-MM-DD`. */
  firstSickDay?: string;
  /** Date of the eerstejaarsevaluatie that took place, `YYYY-MM-DD`. */
  evaluation?: string;
}

/** A link to the request form, prefilled with what is known. */
export function requestFormHref(prefill: RequestPrefill = {}): string {
  const query = new URLSearchParams();
  if (prefill.service) query.set(PREFILL_PARAMS.service, prefill.service);
  if (prefill.firstSickDay) query.set(PREFILL_PARAMS.firstSickDay, prefill.firstSickDay);
  if (prefill.evaluation) query.set(PREFILL_PARAMS.evaluation, prefill.evaluation);
  const search = query.toString();
  return search ? `${REQUEST_FORM_PATH}?${search}` : REQUEST_FORM_PATH;
}

/** The form values a query string gives, for the services in `serviceIds` ("call me back" is always allowed). */
export function prefillFromSearch(search: string, serviceIds: readonly string[]): Partial<RequestInput> {
  const query = new URLSearchParams(search);
  const values: Partial<RequestInput> = {};
  const service = query.get(PREFILL_PARAMS.service);
  if (service && (service === CALL_BACK || serviceIds.includes(service))) values.dienst = service;
  const firstSickDay = query.get(PREFILL_PARAMS.firstSickDay);
  if (firstSickDay && isIsoDate(firstSickDay)) values.eerste_ziektedag = firstSickDay;
  const evaluation = query.get(PREFILL_PARAMS.evaluation);
  if (evaluation && isIsoDate(evaluation)) {
    values.eerstejaarsevaluatie = 'ja';
    values.eerstejaarsevaluatie_datum = evaluation;
  }
  return values;
}
