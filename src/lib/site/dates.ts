const dutchDate = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** Formats a date as Dutch text, e.g. "15 januari 2026" (UTC, so build machines agree). */
export function formatDutchDate(date: Date): string {
  return dutchDate.format(date);
}
