// What one intake adds to the shared pipeline (src/server/intake/): its names, its rules, its mails and its JSON copy.
// Everything else (reading the body, cleaning, the rate limit, the reference, deduplication, the deadline, delivery
// by mail and webhook, the answers) is the same for every intake. See the README, "Adding an intake".
import type { Bureau } from '../../schemas/bureau';
import type { MailMessage } from '../mail/message';
import type { FieldErrors, ReceivedAnswer } from './contract';

/** The outcome of an intake's rules: the cleaned and normalised value, or one Dutch message per field. */
export type Validation<Value, Field extends string> =
  { valid: true; value: Value } | { valid: false; errors: FieldErrors<Field> };

/** One valid submission as the builders of answers, mails and copies see it. */
export interface Submission<Value> {
  value: Value;
  /** Its reference, e.g. `WP-4F7K-2Q`. */
  reference: string;
  /** The day it was received, `YYYY-MM-DD` in the Netherlands. */
  today: string;
}

/** The raw input of every intake holds at least the honeypot and the reference. */
export interface CommonInput {
  website: string;
  referentie: string;
}

export interface IntakeDefinition<
  Input extends CommonInput,
  Field extends string,
  Value,
  Extra extends object = Record<never, never>,
> {
  /** Dutch public name (`aanbod`, `aanvraag`): the endpoint `/api/<name>`, log lines, idempotency keys, file names. */
  name: string;
  /** Two symbols of the reference alphabet that start every reference of this intake (`WP`, `AV`). */
  referencePrefix: string;
  /** Event type sent with the webhook (header `webhook-event-type`), e.g. `aanbod.ontvangen`. */
  webhookEventType: string;
  /** Largest body read, derived from the field limits (and equal to nginx's `client_max_body_size` for the address). */
  maxBodyBytes: number;
  emptyInput(): Input;
  /** The known names from a decoded body, as text. */
  readInput(source: Record<string, unknown>): Input;
  /** The rules (a zod schema in src/schemas/): cleaned, validated and normalised, or messages per field. */
  validate(input: Input, today: string): Validation<Value, Field>;
  /** Every answer as label and readable value, for the thank-you page and the JSON answer. */
  answers(submission: Submission<Value>): ReceivedAnswer[];
  /** What the intake adds to the JSON answer and the thank-you page (e.g. key dates); absent when nothing. */
  extra?(submission: Submission<Value>): Extra;
  /** The JSON copy as the exact text that is attached and posted to the webhook (the same bytes on every retry). */
  copy(submission: Submission<Value>): string;
  /** File name of the copy attached to the bureau's mail, e.g. `aanbod-WP-4F7K-2Q.json`. */
  copyFileName(reference: string): string;
  /** The mail the bureau acts on: every answer, reply-to the submitter, the copy attached. */
  notification(
    submission: Submission<Value>,
    options: { from: string; to: string[]; copy: { filename: string; content: string } },
  ): MailMessage;
  /** The fixed-text confirmation to the address typed in the form; holds nothing the submitter typed. */
  confirmation(submission: Submission<Value>, options: { from: string; bureau: Bureau }): MailMessage;
}

/** Any intake, as the shared runtime handles it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the runtime only passes values between the intake's own functions
export type AnyIntake = IntakeDefinition<CommonInput & Record<string, string>, string, any, object>;

/** One idempotency key per intake, reference and message kind, so the two mails never block each other. */
export function idempotencyKey(intake: string, reference: string, kind: 'bureau' | 'bevestiging'): string {
  return `${intake}-${reference}-${kind}`;
}
