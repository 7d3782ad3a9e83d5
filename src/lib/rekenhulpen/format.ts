const euroFormatter = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });
const euroWholeFormatter = new Intl.NumberFormat('nl-NL', {
  style: 'currency',
  currency: 'EUR',
  maximumFractionDigits: 0,
});
const numberFormatter = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });

/** Euros to the cent in Dutch notation: "€ 1.234,56". Rounding happens only here, for display. */
export function formatEuro(amount: number): string {
  return euroFormatter.format(amount);
}

/** Euros without cents, for chart labels: "€ 1.235". */
export function formatEuroWhole(amount: number): string {
  return euroWholeFormatter.format(amount);
}

/** A plain number in Dutch notation, at most two decimals: "1.234,5". */
export function formatNumber(value: number): string {
  return numberFormatter.format(value);
}
