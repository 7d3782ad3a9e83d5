const euroFormatter = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });
const euroWholeFormatter = new Intl.NumberFormat('nl-NL', {
  style: 'currency',
  currency: 'EUR',
  maximumFractionDigits: 0,
});
const numberFormatter = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });

/** Drops the minus of an amount that shows as zero ("€ -0,00" from -0 or -0.001), which reads as a debt. */
function withoutMinusOnZero(formatted: string): string {
  return /[1-9]/.test(formatted) ? formatted : formatted.replace(/[-\u2212]/, '');
}

/** Euros to the cent in Dutch notation: "€ 1.234,56". Rounding happens only here, for display. */
export function formatEuro(amount: number): string {
  return withoutMinusOnZero(euroFormatter.format(amount));
}

/** Euros without cents, for chart labels: "€ 1.235". */
export function formatEuroWhole(amount: number): string {
  return withoutMinusOnZero(euroWholeFormatter.format(amount));
}

/** A plain number in Dutch notation, at most two decimals: "1.234,5". */
export function formatNumber(value: number): string {
  return withoutMinusOnZero(numberFormatter.format(value));
}
