/**
 * Parses a number as people type it on a Dutch site: "1.234,56", "1234,56", "1234.56", "€ 1.500".
 * Returns null when the text is not a number. A single dot followed by exactly three digits
 * ("1.500") is read as a Dutch thousands separator, unless the part before it is 0 ("0.230").
 */
export function parseDutchNumber(text: string): number | null {
  let s = text.replace(/[\s\u00a0€%]/g, '');
  if (s.startsWith('-')) return null;
  if (!/^[0-9.,]+$/.test(s) || !/[0-9]/.test(s)) return null;
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? '.' : ',';
    const thousands = decimal === '.' ? ',' : '.';
    const [intPart, fraction, ...rest] = s.split(decimal);
    if (rest.length > 0 || fraction === undefined || fraction.includes(thousands)) return null;
    if (!isGroupedThousands(intPart ?? '', thousands)) return null;
    s = `${(intPart ?? '').split(thousands).join('')}.${fraction}`;
  } else if (lastComma >= 0) {
    const parts = s.split(',');
    if (parts.length > 2) return null;
    s = parts.join('.');
  } else if (lastDot >= 0) {
    const parts = s.split('.');
    const readAsThousands = parts.length > 2 || (parts[1]?.length === 3 && parts[0] !== '0' && parts[0] !== '');
    if (readAsThousands) {
      if (!isGroupedThousands(s, '.')) return null;
      s = parts.join('');
    }
  }
  if (s.startsWith('.')) s = `0${s}`;
  if (s.endsWith('.')) s = s.slice(0, -1);
  const value = Number(s);
  return Number.isFinite(value) ? value : null;
}

/** True for "1234" or correctly grouped "1.234.567" (groups of three after the first). */
function isGroupedThousands(text: string, separator: string): boolean {
  if (!text.includes(separator)) return /^[0-9]*$/.test(text);
  const [first, ...groups] = text.split(separator);
  return /^[0-9]{1,3}$/.test(first ?? '') && groups.every((g) => /^[0-9]{3}$/.test(g));
}
