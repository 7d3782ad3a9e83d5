// POST /api/<intake>, free of Astro so unit tests can call it with a plain Request. One pipeline for every intake:
// body (size and time limit), decoding, the reference, the intake's rules, the rate limit, delivery within one
// deadline, the confirmation and the answer: JSON for the enhanced form and integrations, a page state for a form
// posted without JavaScript (rendered by the intake's pages, see route.ts).
import { createHash } from 'node:crypto';
import type { IntakePageState, ReceivedAnswer } from '../../lib/intake/contract';
import type { AnyIntake, CommonInput, Submission } from '../../lib/intake/definition';
import { decodeBody } from '../../lib/intake/input';
import { intakeMessages } from '../../lib/intake/messages';
import { parseReference, randomReference, referenceFromDigest } from '../../lib/intake/reference';
import type { MessageStatus } from '../../lib/intake/screen-texts';
import { readBody } from '../http/read-body';
import { deliverSubmission, sendConfirmation } from './deliver';
import type { IntakeDependencies } from './dependencies';

/** The whole request answers within this time, whatever the mail provider or the webhook does. */
export const REQUEST_DEADLINE_MS = 12_000;
/** Longest time to receive the body; a stalled or endless body gets 408 within it. */
export const BODY_TIMEOUT_MS = 8_000;

/** A page to render (a browser without JavaScript), with the status and headers its answer must carry. */
export interface PageOutcome {
  page: IntakePageState<CommonInput & Record<string, string>>;
  status: number;
  headers: Record<string, string>;
}

/** Either a finished response, or a page to render with this state. */
export type IntakeOutcome = { response: Response } | PageOutcome;

const NO_STORE = { 'cache-control': 'no-store' };

function json(status: number, body: object, headers: Record<string, string> = {}): Response {
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

/**
 * The reference of a form sent without JavaScript (the static page cannot hold one per visit): derived from the
 * intake, the day and the normalised answers, so a double click or a retry of the same answers on the same day counts
 * once, and the same answers on another day are a new submission.
 */
export function contentReference(intake: AnyIntake, today: string, value: unknown): string {
  const digest = createHash('sha256')
    .update(`${intake.name}|${today}|${JSON.stringify(value)}`)
    .digest();
  return referenceFromDigest(intake.referencePrefix, digest);
}

export async function handleIntakeRequest(
  intake: AnyIntake,
  request: Request,
  clientAddress: string,
  deps: IntakeDependencies,
): Promise<IntakeOutcome> {
  const now = deps.now ?? Date.now;
  const deadline = now() + (deps.deadlineMs ?? REQUEST_DEADLINE_MS);
  const messages = intakeMessages(intake.name);
  const log = (status: number, reference = '-') => deps.log(`${status} client=${clientAddress} ref=${reference}`);

  const mediaType = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  const kind =
    mediaType === 'application/json' ? 'json' : mediaType === 'application/x-www-form-urlencoded' ? 'form' : null;
  if (!kind) {
    log(415);
    return { response: plain(415, messages.wrongFormat) };
  }

  /** A message answer: JSON for the enhanced form, the form page again (with what could be kept) without JavaScript. */
  const failure = (
    status: MessageStatus,
    message: string,
    input: CommonInput & Record<string, string>,
    extra: { reference?: string; headers?: Record<string, string> } = {},
  ): IntakeOutcome => {
    log(status, extra.reference);
    const headers = extra.headers ?? {};
    if (kind === 'json')
      return { response: json(status, { ok: false, melding: message, referentie: extra.reference }, headers) };
    return { page: { kind: 'form', status, input, errors: {}, message }, status, headers: { ...NO_STORE, ...headers } };
  };

  const body = await readBody(request, {
    maxBytes: intake.maxBodyBytes,
    timeoutMs: deps.bodyTimeoutMs ?? BODY_TIMEOUT_MS,
  });
  if (!body.ok) {
    // Part of the body may still be on its way: close the connection instead of reading the rest.
    const close = { headers: { connection: 'close' } };
    if (body.reason === 'too-large') return failure(413, messages.tooLarge, intake.emptyInput(), close);
    if (body.reason === 'timeout') return failure(408, messages.tooSlow, intake.emptyInput(), close);
    log(400);
    return { response: plain(400, messages.unreadable, { connection: 'close' }) };
  }
  const fields = decodeBody(kind, body.text);
  if (!fields) {
    log(400);
    return { response: json(400, { ok: false, melding: messages.unreadable }) };
  }
  const input = intake.readInput(fields);

  // The reference comes from the enhanced form (or an integration), which keeps it for a retry; it must be well formed
  // and belong to this intake. A damaged one is refused, and the form gets a fresh one.
  const sentReference = input.referentie.trim();
  const reference = sentReference === '' ? undefined : parseReference(sentReference, intake.referencePrefix);
  if (reference === null)
    return failure(400, messages.badReference, { ...input, referentie: randomReference(intake.referencePrefix) });

  const today = deps.today();
  const validation = intake.validate(input, today);
  if (!validation.valid) {
    log(422);
    if (kind === 'json') return { response: json(422, { ok: false, fouten: validation.errors }) };
    return { page: { kind: 'form', status: 422, input, errors: validation.errors }, status: 422, headers: NO_STORE };
  }

  // Only submissions that would be sent count towards the limit: a person correcting a mistake is never locked out.
  const waitSeconds = deps.rateLimiter.attempt(clientAddress, now());
  if (waitSeconds > 0)
    return failure(429, messages.tooMany(waitSeconds), input, { headers: { 'retry-after': String(waitSeconds) } });

  const submission: Submission<unknown> = {
    value: validation.value,
    reference: reference ?? contentReference(intake, today, validation.value),
    today,
  };
  const answers: ReceivedAnswer[] = intake.answers(submission);
  const extra = intake.extra?.(submission);
  const received = (status: 200 | 202, message?: string): IntakeOutcome => {
    log(status, submission.reference);
    if (kind === 'json')
      return {
        response: json(status, {
          ok: true,
          referentie: submission.reference,
          antwoorden: answers,
          ...(message ? { melding: message } : {}),
          ...extra,
        }),
      };
    const page = { kind: 'received' as const, reference: submission.reference, answers, extra, message };
    return { page, status, headers: NO_STORE };
  };

  // Honeypot: a bot gets the normal answer, but nothing is sent.
  if (input.website.trim() !== '') {
    deps.log(`honeypot ingevuld, niets verstuurd: client=${clientAddress} ref=${submission.reference}`);
    return received(200);
  }

  const delivery = await deliverSubmission(intake, submission, deps, deadline - now());
  // After a failure the form keeps the reference, so sending the same answers again is deduplicated.
  const keep = { ...input, referentie: submission.reference };
  switch (delivery.status) {
    case 'conflict':
      deps.log(`${submission.reference} al gebruikt voor andere inhoud, niets verstuurd: ${delivery.reason}`);
      return failure(
        409,
        messages.conflict,
        { ...input, referentie: randomReference(intake.referencePrefix) },
        {
          reference: submission.reference,
        },
      );
    case 'rejected':
      deps.log(`${submission.reference} niet afgeleverd: ${delivery.reason}`);
      return failure(503, messages.notSent, keep, { reference: submission.reference });
    case 'unknown':
      deps.log(`${submission.reference} niet zeker afgeleverd: ${delivery.reason}`);
      return failure(504, messages.notSure(delivery.cause), keep, { reference: submission.reference });
    case 'partial':
      deps.log(`${submission.reference} deels afgeleverd, de rest wordt opnieuw geprobeerd: ${delivery.reason}`);
      break;
    case 'accepted':
      break;
  }

  // The submission is safe with the bureau; the confirmation may not hold the answer up, and its failure is only logged.
  await sendConfirmation(intake, submission, deps, deadline - now());
  return delivery.status === 'partial' ? received(202, messages.partlyDelivered) : received(200);
}
