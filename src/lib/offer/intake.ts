// The offer as an intake of the shared pipeline (src/lib/intake/definition.ts): POST /api/aanbod, references WP-…,
// webhook event `aanbod.ontvangen`. Its fields, rules, mails and JSON copy are its own; the rest is shared.
import type { IntakeDefinition } from '../intake/definition';
import type { Sector } from '../../schemas/sectors';
import { validateOffer, type Offer } from '../../schemas/offer';
import { MAX_BODY_BYTES } from './body-limit';
import { emptyInput, readInput, type OfferField, type OfferInput } from './fields';
import { offerCopy, offerCopyFileName, serialiseOfferCopy } from './json-copy';
import { bureauNotification } from './mails/bureau-notification';
import { confirmationMail } from './mails/confirmation';
import { OFFER_REFERENCE_PREFIX } from './reference';
import { offerRows } from './rows';

/** The offer intake for the sectors of `content/sectoren.yaml`. */
export function createOfferIntake(sectors: readonly Sector[]): IntakeDefinition<OfferInput, OfferField, Offer> {
  const sectorIds = sectors.map((sector) => sector.id);
  const sectorName = (id: string) => sectors.find((sector) => sector.id === id)?.naam ?? id;
  return {
    name: 'aanbod',
    referencePrefix: OFFER_REFERENCE_PREFIX,
    webhookEventType: 'aanbod.ontvangen',
    maxBodyBytes: MAX_BODY_BYTES,
    emptyInput,
    readInput,
    validate: (input, today) => {
      const result = validateOffer(input, { sectorIds, today });
      return result.valid ? { valid: true, value: result.offer } : result;
    },
    answers: ({ value }) => offerRows(value, sectorName).map(({ label, value: text }) => ({ label, value: text })),
    copy: ({ value, reference }) => serialiseOfferCopy(offerCopy(value, reference, sectorName)),
    copyFileName: offerCopyFileName,
    notification: ({ value, reference }, { from, to, copy }) =>
      bureauNotification(value, { from, to, reference, sectorName, copy }),
    confirmation: ({ value, reference }, { from, bureau }) =>
      confirmationMail({ from, to: value.email, reference, bureau }),
  };
}
