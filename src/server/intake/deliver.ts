// Hands an accepted submission to the bureau: the notification mail with its JSON copy and, when configured, the
// signed webhook, at the same time and within the time left. Both calls are aborted at that deadline (M3). The
// outcome is `accepted` (both), `partial` (one of them: the bureau has it, the other is retried in the background,
// L2), `conflict` (the reference already belongs to other content, M4), `rejected` (refused for certain by every
// channel) or `unknown` (perhaps arrived; a retry with the same reference is deduplicated).
import { idempotencyKey, type AnyIntake, type Submission } from '../../lib/intake/definition';
import type { DeliveryResult, UnknownCause } from '../../lib/mail/message';
import { withDeadline } from '../delivery/once-per-key';
import type { IntakeDependencies } from './dependencies';

/** The confirmation mail is waited for at most this long (it never delays the answer past the deadline either). */
export const CONFIRMATION_WAIT_MS = 3_000;
/** A confirmation still running after the answer is given up (and forgotten) after this long. */
const CONFIRMATION_TIMEOUT_MS = 30_000;
/** Time kept back from the deadline to write the answer. */
const ANSWER_MARGIN_MS = 250;

export type DeliveryOutcome =
  | { status: 'accepted' }
  | { status: 'partial'; reason: string }
  | { status: 'conflict' | 'rejected'; reason: string }
  | { status: 'unknown'; reason: string; cause: UnknownCause };

interface Channel {
  name: string;
  send: (signal?: AbortSignal) => Promise<DeliveryResult>;
}

const late = (ms: number) => (): DeliveryResult => ({
  status: 'unknown',
  reason: `geen antwoord binnen ${ms} ms`,
  cause: 'timeout',
});

/** The cause that best explains an open outcome: a time-out first, as it is what the visitor waited for. */
function mainCause(results: DeliveryResult[]): UnknownCause {
  const causes = results.flatMap((result) => (result.status === 'unknown' ? [result.cause] : []));
  return causes.includes('timeout') ? 'timeout' : (causes[0] ?? 'connection');
}

export async function deliverSubmission(
  intake: AnyIntake,
  submission: Submission<unknown>,
  deps: IntakeDependencies,
  timeLeftMs: number,
): Promise<DeliveryOutcome> {
  const { reference } = submission;
  const copy = intake.copy(submission);
  const message = intake.notification(submission, {
    from: deps.sender,
    to: deps.recipients,
    copy: { filename: intake.copyFileName(reference), content: copy },
  });
  const channels: Channel[] = [
    {
      name: `e-mail (${deps.mail.name})`,
      send: (signal) => deps.mail.send(message, idempotencyKey(intake.name, reference, 'bureau'), signal),
    },
  ];
  const webhook = deps.webhook;
  if (webhook) channels.push({ name: webhook.name, send: (signal) => webhook.send(copy, reference, signal) });

  const budget = Math.max(0, timeLeftMs - ANSWER_MARGIN_MS);
  const signal = AbortSignal.timeout(budget);
  const results = await Promise.all(
    channels.map((channel) => withDeadline(channel.send(signal), budget + 50, late(budget))),
  );
  const failed = channels.flatMap((channel, i) =>
    results[i]!.status === 'accepted' ? [] : [{ channel, result: results[i]! }],
  );
  if (failed.length === 0) return { status: 'accepted' };
  const reason = failed
    .map(({ channel, result }) => `${channel.name}: ${'reason' in result ? result.reason : ''}`)
    .join('; ');
  // A conflict wins even when the other channel took it: that channel got other content under a reference the bureau
  // already has (a webhook receiver drops it as a duplicate id), so sending again under a new reference is right.
  if (failed.some(({ result }) => result.status === 'conflict')) return { status: 'conflict', reason };
  if (failed.length < channels.length) {
    for (const { channel } of failed)
      deps.retries?.schedule(`${intake.name} ${reference} ${channel.name}`, channel.send);
    return { status: 'partial', reason };
  }
  // Something that may have arrived makes the whole outcome uncertain; otherwise it certainly did not arrive.
  if (failed.some(({ result }) => result.status === 'unknown'))
    return { status: 'unknown', reason, cause: mainCause(failed.map(({ result }) => result)) };
  return { status: 'rejected', reason };
}

/** Sends the confirmation to the submitter; waits at most a few seconds, never past the deadline, and only logs a failure. */
export async function sendConfirmation(
  intake: AnyIntake,
  submission: Submission<unknown>,
  deps: IntakeDependencies,
  timeLeftMs: number,
): Promise<void> {
  const wait = Math.max(0, Math.min(CONFIRMATION_WAIT_MS, timeLeftMs - ANSWER_MARGIN_MS));
  const message = intake.confirmation(submission, { from: deps.sender, bureau: deps.bureau });
  const sending = deps.mail.send(
    message,
    idempotencyKey(intake.name, submission.reference, 'bevestiging'),
    AbortSignal.timeout(CONFIRMATION_TIMEOUT_MS),
  );
  // A confirmation that arrives after the answer is still logged when it fails.
  sending.then(
    (result) => {
      if (result.status !== 'accepted')
        deps.log(`${submission.reference}: bevestiging niet verstuurd: ${'reason' in result ? result.reason : ''}`);
    },
    () => {},
  );
  await withDeadline(sending, wait, late(wait));
}
