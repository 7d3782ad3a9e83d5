// The enhanced offer form's call to POST /api/aanbod (src/components/intake/send-intake.ts).
import type { OfferField, OfferInput } from '../../lib/offer/fields';
import { OFFER_REFERENCE_PREFIX } from '../../lib/offer/reference';
import { OFFER_NOUN } from '../../lib/offer/screen-texts';
import { randomReference } from '../../lib/intake/reference';
import { sendIntake, type IntakeSendOutcome } from '../intake/send-intake';

export type SendOutcome = IntakeSendOutcome<OfferField>;

export function sendOffer(input: OfferInput, doFetch: typeof fetch = fetch): Promise<SendOutcome> {
  return sendIntake<OfferField>('/api/aanbod', OFFER_NOUN, input, doFetch);
}

/**
 * A new reference for one submission, e.g. `WP-4F7K-2Q`: random (crypto.getRandomValues, which browsers offer on
 * plain http too), with a check character the server verifies. The form keeps it while the answers stay the same, so
 * a retry is deduplicated.
 */
export function newReference(): string {
  return randomReference(OFFER_REFERENCE_PREFIX);
}
