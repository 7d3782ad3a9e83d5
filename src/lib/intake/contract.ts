// Shapes shared by the server, the pages and the islands of every intake: the JSON answers of its POST endpoint and
// the state a page is rendered with after a form post without JavaScript. Keys are Dutch: they are public.
import type { MessageStatus } from './screen-texts';

/** One answer as it reached the bureau, for the copy on the thank-you screen. */
export interface ReceivedAnswer {
  label: string;
  value: string;
}

/** Field name → the first error message for that field. */
export type FieldErrors<Field extends string = string> = Partial<Record<Field, string>>;

/**
 * JSON answer of an intake endpoint: received (200, or 202 when part of the delivery is still being retried on the
 * server, with `melding` saying so), wrong answers (422), or a message with the status of the answer.
 */
export type IntakeJsonAnswer<Field extends string = string, Extra extends object = object> =
  | ({ ok: true; referentie: string; antwoorden: ReceivedAnswer[]; melding?: string } & Extra)
  | { ok: false; fouten: FieldErrors<Field> }
  | { ok: false; melding: string; referentie?: string };

/** The form shown again, with every value, the errors or a message, and the status of the answer. */
export interface FormAgain<Input, Field extends string = string> {
  kind: 'form';
  status: 422 | MessageStatus;
  input: Input;
  errors: FieldErrors<Field>;
  message?: string;
}

/** The thank-you page with the reference, a copy of the answers and what the intake adds (e.g. key dates). */
export interface Received<Extra extends object = object> {
  kind: 'received';
  reference: string;
  answers: ReceivedAnswer[];
  /** What the intake adds to its answer, e.g. the key dates of a request. */
  extra?: Extra;
  /** Set when part of the delivery is still being retried by the server (status 202). */
  message?: string;
}

/** What a page must render after a form post without JavaScript. */
export type IntakePageState<Input, Field extends string = string, Extra extends object = object> =
  FormAgain<Input, Field> | Received<Extra>;
