// Accept what people type and turn it into one canonical form. Each function returns null when the
// input cannot be a valid value, so the schema can show a specific message.

/** `1234ab`, `1234 AB`, ` 1234  ab ` → `1234 AB`. */
export function normalisePostcode(input: string): string | null {
  const match = /^([1-9][0-9]{3})\s*([a-zA-Z]{2})$/.exec(input.trim());
  if (!match) return null;
  const letters = match[2]!.toUpperCase();
  // SA, SD and SS are never used in Dutch postcodes.
  if (letters === 'SA' || letters === 'SD' || letters === 'SS') return null;
  return `${match[1]} ${letters}`;
}

/** `1234 5678`, `12.34.56.78` → `12345678`: exactly 8 digits once spaces and dots are removed. */
export function normaliseKvk(input: string): string | null {
  const digits = input.replace(/[\s.]/g, '');
  return /^[0-9]{8}$/.test(digits) ? digits : null;
}

/**
 * Dutch or international phone number in E.164 form:
 * `06-12345678`, `+31 6 12345678`, `+31 (0)6 1234 5678`, `0031612345678` → `+31612345678`;
 * `+32 470 12 34 56` → `+32470123456`.
 */
export function normalisePhone(input: string): string | null {
  let number = input.trim().replace(/\(0\)/g, '');
  if (!/^\+?[0-9 ().\-/]+$/.test(number)) return null;
  number = number.replace(/[\s().\-/]/g, '');
  if (number.startsWith('00')) number = `+${number.slice(2)}`;
  if (number.startsWith('+31')) return /^\+31[1-9][0-9]{8}$/.test(number) ? number : null;
  if (number.startsWith('+')) return /^\+[1-9][0-9]{6,14}$/.test(number) ? number : null;
  // A Dutch number written nationally: 0 and nine digits.
  return /^0[1-9][0-9]{8}$/.test(number) ? `+31${number.slice(1)}` : null;
}
