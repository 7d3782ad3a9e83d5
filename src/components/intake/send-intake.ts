// An enhanced intake form's call to its POST endpoint, turned into one of the outcomes the form can show. Shared by
// the offer and the request: each passes its endpoint, its noun ("aanbod", "aanvraag") and reads its own extra keys.
import type { FieldErrors, ReceivedAnswer } from '../../lib/intake/contract';
import { fallbackMessage, isMessageStatus, type MessageStatus } from '../../lib/intake/screen-texts';

export type IntakeSendOutcome<Field extends string, Extra extends object = object> =
  | ({ kind: 'sent'; reference: string; answers: ReceivedAnswer[] } & Partial<Extra>)
  | { kind: 'errors'; errors: FieldErrors<Field> }
  | { kind: 'failed'; status: MessageStatus; message: string };

/** Any of the JSON answers (see IntakeJsonAnswer), read field by field: a proxy may also answer with something else. */
interface JsonAnswerFields {
  ok?: boolean;
  referentie?: string;
  antwoorden?: ReceivedAnswer[];
  fouten?: Record<string, string>;
  melding?: string;
}

export async function sendIntake<Field extends string, Extra extends object = object>(
  endpoint: string,
  noun: string,
  input: object,
  doFetch: typeof fetch = fetch,
  /** Reads what the intake adds to a received answer (e.g. the request's `termijnen`). */
  readExtra: (body: Record<string, unknown>) => Partial<Extra> = () => ({}),
): Promise<IntakeSendOutcome<Field, Extra>> {
  let answer: Response;
  try {
    answer = await doFetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(input),
    });
  } catch {
    return { kind: 'failed', ...fallbackMessage(0, noun) };
  }
  const body = (await answer.json().catch(() => null)) as JsonAnswerFields | null;
  // 200, or 202 when the server still finishes part of the delivery: either way the bureau has it.
  if (answer.ok && body?.ok && body.referentie && body.antwoorden) {
    const extra = readExtra(body as Record<string, unknown>);
    return { ...extra, kind: 'sent', reference: body.referentie, answers: body.antwoorden };
  }
  if (answer.status === 422 && body?.fouten) return { kind: 'errors', errors: body.fouten as FieldErrors<Field> };
  if (body?.melding && isMessageStatus(answer.status))
    return { kind: 'failed', status: answer.status, message: body.melding };
  // No words of the site's own: a proxy's page (nginx answers 413 and 429 itself) or an unexpected answer.
  return { kind: 'failed', ...fallbackMessage(answer.status, noun) };
}
