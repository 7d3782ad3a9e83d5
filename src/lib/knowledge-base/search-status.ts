/** The Dutch status line announced after a search (read by screen readers via a live region). */
export function searchStatusText(query: string, count: number): string {
  const q = query.trim();
  if (!q) return '';
  if (count === 0) return `Niets gevonden voor "${q}". Probeer een ander woord of bekijk de onderwerpen hieronder.`;
  return `${count} ${count === 1 ? 'resultaat' : 'resultaten'} gevonden voor "${q}".`;
}
