// Amounts and numbers as Dutch readers expect them. Formatters are created on first use (see dates.ts).

let euroFormat: Intl.NumberFormat | undefined;
let euroWholeFormat: Intl.NumberFormat | undefined;
let numberFormat: Intl.NumberFormat | undefined;

/** Drops the minus of an amount that shows as zero ("€ -0,00" from -0 or -0.001), which reads as a debt. */
function withoutMinusOnZero(formatted: string): string {
  return /[1-9]/.test(formatted) ? formatted : formatted.replace(/[-\u2212]/, '');
}

/** Euros to the cent in Dutch notation: "€ 1.234,56". Rounding happens only here, for display. */
export function formatEuro(amount: number): string {
  euroFormat ??= new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });
  return withoutMinusOnZero(euroFormat.format(amount));
}

/** Euros without cents, for headlines and rounded sentences: "€ 1.235". */
export function formatEuroWhole(amount: number): string {
  euroWholeFormat ??= new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
  return withoutMinusOnZero(euroWholeFormat.format(amount));
}

/** A plain number in Dutch notation, at most two decimals: "1.234,5". */
export function formatNumber(value: number): string {
  numberFormat ??= new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });
  return withoutMinusOnZero(numberFormat.format(value));
}
