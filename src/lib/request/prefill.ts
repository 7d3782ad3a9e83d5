// Prefilling the request form from the link that led there (form-link.ts builds them). Only values the form can hold
// are taken; anything else is ignored, so a link can never put text of its own into the form.
import { isIsoDate } from '../format/dates';
import { readDateParam } from '../forms/date-query';
import { CALL_BACK, type RequestInput } from './fields';
import { PREFILL_PARAMS } from './form-link';

/** The form values a query string gives, for the services in `serviceIds` ("call me back" is always allowed). */
export function prefillFromSearch(search: string, serviceIds: readonly string[]): Partial<RequestInput> {
  const query = new URLSearchParams(search);
  const values: Partial<RequestInput> = {};
  const service = query.get(PREFILL_PARAMS.service);
  if (service && (service === CALL_BACK || serviceIds.includes(service))) values.dienst = service;
  const firstSickDay = readDateParam(query, PREFILL_PARAMS.firstSickDay);
  if (firstSickDay && isIsoDate(firstSickDay)) values.eerste_ziektedag = firstSickDay;
  const evaluation = readDateParam(query, PREFILL_PARAMS.evaluation);
  if (evaluation && isIsoDate(evaluation)) {
    values.eerstejaarsevaluatie = 'ja';
    values.eerstejaarsevaluatie_datum = evaluation;
  }
  return values;
}
