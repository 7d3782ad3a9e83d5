// The employer's request (aanvraag) as an intake of the shared pipeline (src/lib/intake/definition.ts):
// POST /api/aanvraag, references AV-…, webhook event `aanvraag.ontvangen`. What it adds: its fields and rules, the key
// dates from the poortwachter-planner (in the mail, the JSON copy and the answer as `termijnen`), its mails and copy.
import type { IntakeDefinition } from '../intake/definition';
import { bodyLimit } from '../intake/body-limit';
import { copyFileName, serialiseCopy } from '../intake/json-copy';
import { validateRequest, type EmployerRequest } from '../../schemas/request';
import {
  CALL_BACK,
  MAX_LENGTH,
  emptyRequestInput,
  readRequestInput,
  type RequestField,
  type RequestInput,
} from './fields';
import { requestCopy } from './json-copy';
import { keyDates, type KeyDates } from './key-dates';
import { requestNotification } from './mails/bureau-notification';
import { requestConfirmationMail } from './mails/confirmation';
import { REQUEST_REFERENCE_PREFIX } from './reference';
import { requestRows } from './rows';

export { REQUEST_REFERENCE_PREFIX };

/** The body limit of POST /api/aanvraag: twice the largest valid request. */
export const REQUEST_MAX_BODY_BYTES = bodyLimit(MAX_LENGTH);

/** A service an employer can ask for: its stable id and its name as the form shows it. */
export interface RequestService {
  id: string;
  naam: string;
}

/** What the JSON answer and the thank-you page add for a request: the key dates. */
export interface RequestExtra {
  termijnen: KeyDates;
}

/** The request intake for the services the bureau offers (plus "call me back", always). */
export function createRequestIntake(
  services: readonly RequestService[],
): IntakeDefinition<RequestInput, RequestField, EmployerRequest, RequestExtra> {
  const serviceIds = services.map((service) => service.id);
  const serviceName = (id: string) =>
    id === CALL_BACK ? 'Bel mij terug' : (services.find((service) => service.id === id)?.naam ?? id);
  // The answer, the copy and the mail all show the key dates: compute them once per submission.
  const computed = new WeakMap<EmployerRequest, KeyDates>();
  const datesOf = (request: EmployerRequest, today: string) => {
    let dates = computed.get(request);
    if (dates?.berekendOp !== today) {
      dates = keyDates(request.eerste_ziektedag, request.eerstejaarsevaluatie_datum || undefined, today);
      computed.set(request, dates);
    }
    return dates;
  };
  return {
    name: 'aanvraag',
    referencePrefix: REQUEST_REFERENCE_PREFIX,
    webhookEventType: 'aanvraag.ontvangen',
    maxBodyBytes: REQUEST_MAX_BODY_BYTES,
    emptyInput: emptyRequestInput,
    readInput: readRequestInput,
    validate: (input, today) => {
      const result = validateRequest(input, { serviceIds, today });
      return result.valid ? { valid: true, value: result.request } : result;
    },
    answers: ({ value }) => requestRows(value, serviceName).map(({ label, value: text }) => ({ label, value: text })),
    extra: ({ value, today }) => ({ termijnen: datesOf(value, today) }),
    copy: ({ value, reference, today }) =>
      serialiseCopy(requestCopy(value, reference, serviceName, datesOf(value, today))),
    copyFileName: (reference) => copyFileName('aanvraag', reference),
    notification: ({ value, reference, today }, { from, to, copy }) =>
      requestNotification(value, { from, to, reference, serviceName, dates: datesOf(value, today), copy }),
    confirmation: ({ value, reference }, { from, bureau }) =>
      requestConfirmationMail({ from, to: value.email, reference, bureau }),
  };
}
