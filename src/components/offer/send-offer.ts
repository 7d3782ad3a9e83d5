// The enhanced form's call to POST /api/aanbod, turned into one of the outcomes the form can show.
import type { ReceivedAnswer } from '../../lib/offer/contract';
import type { FieldErrors, OfferInput } from '../../lib/offer/fields';
import { MESSAGE_STATUSES, type MessageStatus } from '../../lib/offer/screen-texts';

export type SendOutcome =
  | { kind: 'sent'; reference: string; answers: ReceivedAnswer[] }
  | { kind: 'errors'; errors: FieldErrors }
  | { kind: 'failed'; status: MessageStatus; message: string };

const NO_CONNECTION =
  'Uw aanbod is NIET verstuurd: wij konden de website niet bereiken. Uw antwoorden staan er nog. Controleer uw internetverbinding en probeer het opnieuw.';
/** For an answer without the server's own words (e.g. a proxy's time-out page). */
const NO_ANSWER_IN_TIME =
  'Wij weten niet zeker of uw aanbod is aangekomen: er kwam geen antwoord op tijd. Uw antwoorden staan er nog. Opnieuw versturen is veilig.';

/** Any of the JSON answers (see OfferJsonAnswer), read field by field: a proxy may also answer with something else. */
interface JsonAnswerFields {
  ok?: boolean;
  referentie?: string;
  antwoorden?: ReceivedAnswer[];
  fouten?: FieldErrors;
  melding?: string;
}

/** Statuses with a message of their own; anything else reads as "not sent". */
const isMessageStatus = (status: number): status is MessageStatus =>
  (MESSAGE_STATUSES as readonly number[]).includes(status);

export async function sendOffer(input: OfferInput, doFetch: typeof fetch = fetch): Promise<SendOutcome> {
  let answer: Response;
  try {
    answer = await doFetch('/api/aanbod', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(input),
    });
  } catch {
    return { kind: 'failed', status: 503, message: NO_CONNECTION };
  }
  const body = (await answer.json().catch(() => null)) as JsonAnswerFields | null;
  if (answer.ok && body?.ok && body.referentie && body.antwoorden)
    return { kind: 'sent', reference: body.referentie, answers: body.antwoorden };
  if (answer.status === 422 && body?.fouten) return { kind: 'errors', errors: body.fouten };
  const status = isMessageStatus(answer.status) ? answer.status : 503;
  return { kind: 'failed', status, message: body?.melding ?? (status === 504 ? NO_ANSWER_IN_TIME : NO_CONNECTION) };
}

/**
 * A random UUID as the reference of one submission. Outside a secure context (plain http on a network address)
 * browsers have no randomUUID: then it is empty and the server derives the reference from the offer's content,
 * which keeps a retry of the same answers just as idempotent.
 */
export function newReference(source: Partial<Pick<Crypto, 'randomUUID'>> = crypto): string {
  return source.randomUUID?.() ?? '';
}
