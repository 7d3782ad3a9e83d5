// How large a request body an intake reads, derived from its field limits so the two cannot drift. The README's nginx
// configuration sets the same number per form address (`client_max_body_size`); tests/browser/proxy/ checks both.

/**
 * Bytes one UTF-16 code unit can take at most on the wire: in a form post a three-byte UTF-8 character such as
 * "€" becomes `%E2%82%AC` (9 bytes); in JSON the worst case is an escape such as `\u20ac` (6 bytes). A character
 * outside the BMP takes two code units and 12 bytes in either encoding, so 9 per unit covers everything.
 */
const WORST_CASE_BYTES_PER_UNIT = 9;

/** Spaces and line breaks around a value that are trimmed away before the length is counted. */
export const SURROUNDING_WHITESPACE_ALLOWANCE = 100;

/** Bytes of the largest submission a schema accepts, in either encoding, with every name at its raw maximum. */
export function largestValidBodyBytes(maxLength: Record<string, number>): number {
  let bytes = 2; // `{}` around a JSON body
  for (const [name, max] of Object.entries(maxLength)) {
    const units = max + SURROUNDING_WHITESPACE_ALLOWANCE;
    // `"name":"…",` in JSON is longer than `name=…&` in a form post.
    bytes += name.length + 6 + units * WORST_CASE_BYTES_PER_UNIT;
  }
  return bytes;
}

/**
 * The body limit: twice the largest valid submission. The headroom lets a submission whose texts are too long still
 * be read, so the form can show which answer to shorten with every value kept, instead of losing everything.
 */
export function bodyLimit(maxLength: Record<string, number>): number {
  return 2 * largestValidBodyBytes(maxLength);
}
