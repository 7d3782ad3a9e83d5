// The reference of one submission, short enough to read out on the phone: a two-letter prefix per intake, four
// characters, a dash, one more character and a check character, e.g. `WP-4F7K-2Q` (10 characters).
//
// - Alphabet: the digits 2–9 and the letters A–Z without I, L and O: 31 symbols, none of which can be mistaken for
//   0/O or 1/I/L. Five random symbols give 31^5 ≈ 28.6 million references per intake.
// - Check character: with the prefix and the five symbols as values v1…v7, the sum of (i + 1)·vi plus the check
//   character is a multiple of 31. Because 31 is prime and every weight differs, every single wrong character and every
//   swap of two different characters (the check character and the prefix included) gives a wrong check character.
// - The browser makes a reference with crypto.getRandomValues (available outside secure contexts too); the server
//   derives one from the content for a form sent without JavaScript (see src/server/intake/).
// - Two submissions that happen to get the same reference are never mixed up: the mail provider and the outbox refuse
//   a reused idempotency key with different content, and the form then asks to send again under a new reference.
// Browser-safe: no Node modules.

/** The 31 symbols of a reference, in value order. */
export const REFERENCE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const BASE = REFERENCE_ALPHABET.length;
/** Random symbols in a reference (the check character comes on top). */
const RANDOM_SYMBOLS = 5;
/** The largest byte value below which `byte % 31` is uniform (8 × 31). */
const UNBIASED_BYTES = 256 - (256 % BASE);

/** The check character of a prefix and five symbols. */
function checkCharacter(symbols: string): string {
  let sum = 0;
  for (let i = 0; i < symbols.length; i++) sum += (i + 2) * REFERENCE_ALPHABET.indexOf(symbols[i]!);
  return REFERENCE_ALPHABET[(BASE - (sum % BASE)) % BASE]!;
}

function assertPrefix(prefix: string): void {
  if (!new RegExp(`^[${REFERENCE_ALPHABET}]{2}$`).test(prefix))
    throw new Error(`prefix "${prefix}" must be two symbols of the reference alphabet`);
}

/** The reference of `prefix` and five symbols, written `PP-XXXX-XC`. */
function format(prefix: string, symbols: string): string {
  return `${prefix}-${symbols.slice(0, 4)}-${symbols[4]}${checkCharacter(prefix + symbols)}`;
}

/** Turns bytes into symbols, skipping the few byte values that would make some symbols more likely than others. */
function symbolsFrom(bytes: Uint8Array): string | null {
  let symbols = '';
  for (const byte of bytes) {
    if (byte >= UNBIASED_BYTES) continue;
    symbols += REFERENCE_ALPHABET[byte % BASE];
    if (symbols.length === RANDOM_SYMBOLS) return symbols;
  }
  return null;
}

type RandomValues = (bytes: Uint8Array<ArrayBuffer>) => Uint8Array;

/** A new random reference for `prefix`, from a cryptographic random source. */
export function randomReference(
  prefix: string,
  randomValues: RandomValues = (bytes) => globalThis.crypto.getRandomValues(bytes),
): string {
  assertPrefix(prefix);
  for (;;) {
    const symbols = symbolsFrom(randomValues(new Uint8Array(16)));
    if (symbols) return format(prefix, symbols);
  }
}

/** The reference for `prefix` taken from a digest (at least 16 bytes, e.g. SHA-256 of the content). */
export function referenceFromDigest(prefix: string, digest: Uint8Array): string {
  assertPrefix(prefix);
  // With 32 bytes, needing more than the 27 spare ones happens with a chance of about 10^-40; fall back to plain modulo.
  const symbols = symbolsFrom(digest) ?? Array.from(digest.slice(0, 5), (b) => REFERENCE_ALPHABET[b % BASE]).join('');
  return format(prefix, symbols);
}

/**
 * The canonical form of a reference of `prefix` as someone may type or read it (any case, with or without dashes or
 * spaces), or null when it is not one: wrong prefix, a symbol outside the alphabet, wrong length or check character.
 */
export function parseReference(text: string, prefix: string): string | null {
  const compact = text.toUpperCase().replace(/[\s-]/g, '');
  if (compact.length !== 2 + RANDOM_SYMBOLS + 1 || !compact.startsWith(prefix)) return null;
  if (![...compact].every((symbol) => REFERENCE_ALPHABET.includes(symbol))) return null;
  const symbols = compact.slice(2, 2 + RANDOM_SYMBOLS);
  if (checkCharacter(prefix + symbols) !== compact.at(-1)) return null;
  return format(prefix, symbols);
}
