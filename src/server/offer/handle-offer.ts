// POST /api/aanbod, free of Astro so unit tests can call it with a plain Request. Every answer comes within one
// deadline: the body is read with a size and a time limit, and the bureau's mail and webhook get what is left.
import { MAX_BODY_BYTES } from '../../lib/offer/body-limit';
import type { OfferJsonAnswer, OfferPageState } from '../../lib/offer/contract';
import { emptyInput, readInput, type OfferInput } from '../../lib/offer/fields';
import { OFFER_MESSAGES, REQUEST_MESSAGES } from '../../lib/offer/messages';
import type { MessageStatus } from '../../lib/offer/screen-texts';
import { isContentReference, resolveReference } from '../../lib/offer/reference';
import type { RateLimiter } from '../../lib/offer/rate-limiter';
import { offerRows } from '../../lib/offer/rows';
import type { MailTransport } from '../../lib/mail/message';
import type { Bureau } from '../../schemas/bureau';
import { validateOffer } from '../../schemas/offer';
import type { Sector } from '../../schemas/sectors';
import type { WebhookSender } from '../delivery/webhook-sender';
import { readBody } from '../http/read-body';
import { deliverOffer, sendConfirmation } from './deliver-offer';

/** The whole request answers within this time, whatever the mail provider or the webhook does. */
export const REQUEST_DEADLINE_MS = 12_000;
/** Longest time to receive the body; a stalled or endless body gets 408 within it. */
export const BODY_TIMEOUT_MS = 8_000;

export interface OfferDependencies {
  /** Delivers the bureau notification and the confirmation (deduplicated per idempotency key). */
  mail: MailTransport;
  /** Posts the JSON copy to the bureau's own system, when configured. */
  webhook?: WebhookSender;
  rateLimiter: RateLimiter;
  bureau: Bureau;
  sectors: Sector[];
  recipients: string[];
  sender: string;
  /** Today as YYYY-MM-DD in the Netherlands. */
  today: () => string;
  /** Milliseconds since the epoch; tests move it. */
  now?: () => number;
  log: (line: string) => void;
  deadlineMs?: number;
  bodyTimeoutMs?: number;
}

/** Either a finished response, or a page to render with this state (a browser without JavaScript). */
export type OfferOutcome = { response: Response } | { page: OfferPageState };

const NO_STORE = { 'cache-control': 'no-store' };

function json(
  status: number,
  body: OfferJsonAnswer | { ok: false; melding: string },
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...NO_STORE, ...headers },
  });
}

function plain(status: number, body: string, headers: Record<string, string> = {}): Response {
  return new Response(body, {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', ...NO_STORE, ...headers },
  });
}

/** Decodes the body; null when it is not a JSON object. */
function decode(kind: 'form' | 'json', body: string): Record<string, unknown> | null {
  if (kind === 'form') {
    const fields: Record<string, string> = {};
    // The first value wins when a name is repeated.
    for (const [name, value] of new URLSearchParams(body)) if (!Object.hasOwn(fields, name)) fields[name] = value;
    return fields;
  }
  try {
    const data: unknown = JSON.parse(body);
    return data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

export async function handleOfferRequest(
  request: Request,
  clientAddress: string,
  deps: OfferDependencies,
): Promise<OfferOutcome> {
  const now = deps.now ?? Date.now;
  const deadline = now() + (deps.deadlineMs ?? REQUEST_DEADLINE_MS);
  const log = (status: number, reference = '-') => deps.log(`${status} client=${clientAddress} ref=${reference}`);

  const mediaType = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  const kind =
    mediaType === 'application/json' ? 'json' : mediaType === 'application/x-www-form-urlencoded' ? 'form' : null;
  if (!kind) {
    log(415);
    return { response: plain(415, REQUEST_MESSAGES.wrongFormat) };
  }

  /** A message answer: JSON for the enhanced form, the form page again (with what could be kept) without JavaScript. */
  const failure = (
    status: MessageStatus,
    input: OfferInput,
    extra: { reference?: string; headers?: Record<string, string> } = {},
  ): OfferOutcome => {
    log(status, extra.reference);
    const message = OFFER_MESSAGES[status];
    if (kind === 'json')
      return { response: json(status, { ok: false, melding: message, referentie: extra.reference }, extra.headers) };
    return { page: { kind: 'form', status, input, errors: {}, message } };
  };

  const body = await readBody(request, { maxBytes: MAX_BODY_BYTES, timeoutMs: deps.bodyTimeoutMs ?? BODY_TIMEOUT_MS });
  if (!body.ok) {
    // Part of the body may still be on its way: close the connection instead of reading the rest.
    if (body.reason === 'too-large') return failure(413, emptyInput(), { headers: { connection: 'close' } });
    if (body.reason === 'timeout') return failure(408, emptyInput(), { headers: { connection: 'close' } });
    log(400);
    return { response: plain(400, REQUEST_MESSAGES.unreadable, { connection: 'close' }) };
  }
  const fields = decode(kind, body.text);
  if (!fields) {
    log(400);
    return { response: json(400, { ok: false, melding: REQUEST_MESSAGES.unreadable }) };
  }
  const input = readInput(fields);

  const validation = validateOffer(input, { sectorIds: deps.sectors.map((s) => s.id), today: deps.today() });
  if (!validation.valid) {
    log(422);
    if (kind === 'json') return { response: json(422, { ok: false, fouten: validation.errors }) };
    return { page: { kind: 'form', status: 422, input, errors: validation.errors } };
  }

  // Only offers that would be sent count towards the limit: a person correcting a mistake is never locked out.
  const waitSeconds = deps.rateLimiter.attempt(clientAddress);
  if (waitSeconds > 0) return failure(429, input, { headers: { 'retry-after': String(waitSeconds) } });

  const offer = validation.offer;
  const reference = resolveReference(input.referentie, offer);
  const sectorName = (id: string) => deps.sectors.find((s) => s.id === id)?.naam ?? id;
  const answers = offerRows(offer, sectorName).map(({ label, value }) => ({ label, value }));
  const success = (): OfferOutcome => {
    log(200, reference);
    if (kind === 'json') return { response: json(200, { ok: true, referentie: reference, antwoorden: answers }) };
    return { page: { kind: 'received', reference, answers } };
  };

  // Honeypot: a bot gets the normal answer, but nothing is sent.
  if (input.website.trim() !== '') {
    deps.log(`honeypot ingevuld, niets verstuurd: client=${clientAddress} ref=${reference}`);
    return success();
  }

  const delivery = await deliverOffer(offer, reference, sectorName, deps, deadline - now());
  if (delivery.status !== 'accepted') {
    deps.log(`aanbod ${reference} niet (zeker) afgeleverd: ${delivery.reason}`);
    // A content reference comes back by itself when the same answers are sent again; a UUID must stay in the form.
    const keptReference = isContentReference(reference) ? '' : reference;
    return failure(delivery.status === 'unknown' ? 504 : 503, { ...input, referentie: keptReference }, { reference });
  }

  // The offer is safe with the bureau; the confirmation may not hold the answer up, and its failure is only logged.
  await sendConfirmation(offer, reference, deps, deadline - now());
  return success();
}
