// How large a request body POST /api/aanbod reads, derived from the field limits (see src/lib/intake/body-limit.ts).
import { bodyLimit, largestValidBodyBytes } from '../intake/body-limit';
import { MAX_LENGTH } from './fields';

/** Bytes of the largest offer the schema accepts, in either encoding, with every field at its raw maximum. */
export function largestValidOfferBytes(): number {
  return largestValidBodyBytes(MAX_LENGTH);
}

/** The body limit of POST /api/aanbod: twice the largest valid offer. */
export const MAX_BODY_BYTES = bodyLimit(MAX_LENGTH);
