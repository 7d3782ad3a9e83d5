// Shapes shared by the server, the pages and the island: the JSON answers of POST /api/aanbod and the state a
// page is rendered with after a form post without JavaScript.
import type { FieldErrors, OfferInput } from './fields';
import type { MessageStatus } from './screen-texts';

/** One answer as it reached the bureau, for the copy on the thank-you screen. */
export interface ReceivedAnswer {
  label: string;
  value: string;
}

/** JSON answer of POST /api/aanbod. Keys are Dutch: they are part of the public contract. */
export type OfferJsonAnswer =
  | { ok: true; referentie: string; antwoorden: ReceivedAnswer[] }
  | { ok: false; fouten: FieldErrors }
  | { ok: false; melding: string; referentie?: string };

/** The form shown again, with every value, the errors or a message, and the status of the answer. */
export interface FormAgain {
  kind: 'form';
  status: 422 | MessageStatus;
  input: OfferInput;
  errors: FieldErrors;
  message?: string;
}

/** The thank-you page with the reference and a copy of the answers. */
export interface Received {
  kind: 'received';
  reference: string;
  answers: ReceivedAnswer[];
}

/** What a page must render after a form post without JavaScript. */
export type OfferPageState = FormAgain | Received;
