// Accept what people type and turn it into one canonical form. Each function returns null when the
// input cannot be a valid value, so the schema can show a specific message.

/** `1234ab`, `1234 AB`, ` 1234  ab ` → `1234 AB`. */
export function normaliseerPostcode(invoer: string): string | null {
  const match = /^([1-9][0-9]{3})\s*([a-zA-Z]{2})$/.exec(invoer.trim());
  if (!match) return null;
  const letters = match[2]!.toUpperCase();
  // SA, SD and SS are never used in Dutch postcodes.
  if (letters === 'SA' || letters === 'SD' || letters === 'SS') return null;
  return `${match[1]} ${letters}`;
}

/** `1234 5678`, `12.34.56.78` → `12345678`: exactly 8 digits once spaces and dots are removed. */
export function normaliseerKvk(invoer: string): string | null {
  const cijfers = invoer.replace(/[\s.]/g, '');
  return /^[0-9]{8}$/.test(cijfers) ? cijfers : null;
}

/**
 * Dutch or international phone number in E.164 form:
 * `06-12345678`, `+31 6 12345678`, `+31 (0)6 1234 5678`, `0031612345678` → `+31612345678`;
 * `+32 470 12 34 56` → `+32470123456`.
 */
export function normaliseerTelefoon(invoer: string): string | null {
  let nummer = invoer.trim().replace(/\(0\)/g, '');
  if (!/^\+?[0-9 ().\-/]+$/.test(nummer)) return null;
  nummer = nummer.replace(/[\s().\-/]/g, '');
  if (nummer.startsWith('00')) nummer = `+${nummer.slice(2)}`;
  if (nummer.startsWith('+31')) return /^\+31[1-9][0-9]{8}$/.test(nummer) ? nummer : null;
  if (nummer.startsWith('+')) return /^\+[1-9][0-9]{6,14}$/.test(nummer) ? nummer : null;
  // A Dutch number written nationally: 0 and nine digits.
  return /^0[1-9][0-9]{8}$/.test(nummer) ? `+31${nummer.slice(1)}` : null;
}

// Created once: constructing an Intl formatter costs far more than using it.
const NEDERLANDSE_DATUM = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' });

/** Today's date as `YYYY-MM-DD` in the Netherlands (the server may run in another time zone). */
export function vandaagInNederland(nu: Date = new Date()): string {
  return NEDERLANDSE_DATUM.format(nu);
}

/** True when `tekst` is a real calendar date written as `YYYY-MM-DD`. */
export function isIsoDatum(tekst: string): boolean {
  if (!/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(tekst)) return false;
  const datum = new Date(`${tekst}T00:00:00Z`);
  return !Number.isNaN(datum.getTime()) && datum.toISOString().slice(0, 10) === tekst;
}
