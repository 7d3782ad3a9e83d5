// The enhanced form's call to POST /api/aanbod, turned into one of the outcomes the form can show.
import type { ReceivedAnswer } from '../../lib/offer/contract';
import type { FieldErrors, OfferInput } from '../../lib/offer/fields';
import { OFFER_REFERENCE_PREFIX } from '../../lib/offer/reference';
import { OFFER_NOUN } from '../../lib/offer/screen-texts';
import { randomReference } from '../../lib/intake/reference';
import { fallbackMessage, isMessageStatus, type MessageStatus } from '../../lib/intake/screen-texts';

export type SendOutcome =
  | { kind: 'sent'; reference: string; answers: ReceivedAnswer[] }
  | { kind: 'errors'; errors: FieldErrors }
  | { kind: 'failed'; status: MessageStatus; message: string };

/** Any of the JSON answers (see OfferJsonAnswer), read field by field: a proxy may also answer with something else. */
interface JsonAnswerFields {
  ok?: boolean;
  referentie?: string;
  antwoorden?: ReceivedAnswer[];
  fouten?: FieldErrors;
  melding?: string;
}

export async function sendOffer(input: OfferInput, doFetch: typeof fetch = fetch): Promise<SendOutcome> {
  let answer: Response;
  try {
    answer = await doFetch('/api/aanbod', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(input),
    });
  } catch {
    return { kind: 'failed', ...fallbackMessage(0, OFFER_NOUN) };
  }
  const body = (await answer.json().catch(() => null)) as JsonAnswerFields | null;
  // 200, or 202 when the server still finishes part of the delivery: either way the bureau has the offer.
  if (answer.ok && body?.ok && body.referentie && body.antwoorden)
    return { kind: 'sent', reference: body.referentie, answers: body.antwoorden };
  if (answer.status === 422 && body?.fouten) return { kind: 'errors', errors: body.fouten };
  if (body?.melding && isMessageStatus(answer.status))
    return { kind: 'failed', status: answer.status, message: body.melding };
  // No words of the site's own: a proxy's page (nginx answers 413 and 429 itself) or an unexpected answer.
  return { kind: 'failed', ...fallbackMessage(answer.status, OFFER_NOUN) };
}

/**
 * A new reference for one submission, e.g. `WP-4F7K-2Q`: random (crypto.getRandomValues, which browsers offer on
 * plain http too), with a check character the server verifies. The form keeps it while the answers stay the same, so
 * a retry is deduplicated.
 */
export function newReference(): string {
  return randomReference(OFFER_REFERENCE_PREFIX);
}
