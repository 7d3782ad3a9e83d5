// How large a request body POST /api/aanbod reads, derived from the field limits so the two cannot drift.
import { MAX_LENGTH, SURROUNDING_WHITESPACE_ALLOWANCE, type OfferInputName } from './fields';

/**
 * Bytes one UTF-16 code unit can take at most on the wire: in a form post a three-byte UTF-8 character such as
 * "€" becomes `%E2%82%AC` (9 bytes); in JSON the worst case is an escape such as `\u20ac` (6 bytes). A character
 * outside the BMP takes two code units and 12 bytes in either encoding, so 9 per unit covers everything.
 */
const WORST_CASE_BYTES_PER_UNIT = 9;

/** Bytes of the largest offer the schema accepts, in either encoding, with every field at its raw maximum. */
export function largestValidOfferBytes(): number {
  let bytes = 2; // `{}` around a JSON body
  for (const [name, max] of Object.entries(MAX_LENGTH) as [OfferInputName, number][]) {
    const units = max + SURROUNDING_WHITESPACE_ALLOWANCE;
    // `"name":"…",` in JSON is longer than `name=…&` in a form post.
    bytes += name.length + 6 + units * WORST_CASE_BYTES_PER_UNIT;
  }
  return bytes;
}

/**
 * The body limit: twice the largest valid offer. The headroom lets an offer whose texts are too long still be
 * read, so the form can show which answer to shorten with every value kept, instead of losing everything.
 */
export const MAX_BODY_BYTES = 2 * largestValidOfferBytes();
