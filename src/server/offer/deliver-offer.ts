// Hands an accepted offer to the bureau: the notification mail with its JSON copy and, when configured, the signed
// webhook, at the same time and within the time left. The offer counts as delivered only when both accepted it.
import type { DeliveryResult } from '../../lib/mail/message';
import { offerCopy, offerCopyFileName, serialiseOfferCopy } from '../../lib/offer/json-copy';
import { bureauNotification } from '../../lib/offer/mails/bureau-notification';
import { confirmationMail } from '../../lib/offer/mails/confirmation';
import { idempotencyKey } from '../../lib/offer/reference';
import type { Offer } from '../../schemas/offer';
import { withDeadline } from '../delivery/once-per-key';
import type { OfferDependencies } from './handle-offer';

/** The confirmation mail is waited for at most this long (it never delays the answer past the deadline either). */
export const CONFIRMATION_WAIT_MS = 3_000;
/** Time kept back from the deadline to write the answer. */
const ANSWER_MARGIN_MS = 250;

export type OfferDelivery = { status: 'accepted' } | { status: 'rejected' | 'unknown'; reason: string };

const lateResult = (what: string, ms: number) => (): DeliveryResult => ({
  status: 'unknown',
  reason: `${what}: geen antwoord binnen ${ms} ms`,
});

export async function deliverOffer(
  offer: Offer,
  reference: string,
  sectorName: (id: string) => string,
  deps: OfferDependencies,
  timeLeftMs: number,
): Promise<OfferDelivery> {
  const copy = serialiseOfferCopy(offerCopy(offer, reference, sectorName));
  const message = bureauNotification(offer, {
    from: deps.sender,
    to: deps.recipients,
    reference,
    sectorName,
    copy: { filename: offerCopyFileName(reference), content: copy },
  });
  const budget = timeLeftMs - ANSWER_MARGIN_MS;
  const attempts: Promise<[string, DeliveryResult]>[] = [
    withDeadline(
      deps.mail.send(message, idempotencyKey(reference, 'bureau')),
      budget,
      lateResult(deps.mail.name, budget),
    ).then((r) => [deps.mail.name, r]),
  ];
  if (deps.webhook) {
    attempts.push(
      withDeadline(deps.webhook.send(copy, reference), budget, lateResult(deps.webhook.name, budget)).then((r) => [
        deps.webhook!.name,
        r,
      ]),
    );
  }
  const results = await Promise.all(attempts);
  const failed = results.filter(([, result]) => result.status !== 'accepted');
  if (failed.length === 0) return { status: 'accepted' };
  const reason = failed.map(([name, result]) => `${name}: ${'reason' in result ? result.reason : ''}`).join('; ');
  // Something that may have arrived makes the whole outcome uncertain; otherwise it certainly did not arrive.
  return { status: failed.some(([, result]) => result.status === 'unknown') ? 'unknown' : 'rejected', reason };
}

export async function sendConfirmation(
  offer: Offer,
  reference: string,
  deps: OfferDependencies,
  timeLeftMs: number,
): Promise<void> {
  const wait = Math.min(CONFIRMATION_WAIT_MS, timeLeftMs - ANSWER_MARGIN_MS);
  const message = confirmationMail({ from: deps.sender, to: offer.email, reference, bureau: deps.bureau });
  const sending = deps.mail.send(message, idempotencyKey(reference, 'bevestiging'));
  // A confirmation that arrives after the answer is still logged when it fails.
  sending.then(
    (result) => {
      if (result.status !== 'accepted') deps.log(`aanbod ${reference}: bevestiging niet verstuurd: ${result.reason}`);
    },
    () => {},
  );
  await withDeadline(sending, wait, lateResult('bevestiging', wait));
}
