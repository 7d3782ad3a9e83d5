const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for use in HTML content and attribute values. */
export function escapeHtml(tekst: string): string {
  return tekst.replace(/[&<>"']/g, (teken) => ENTITIES[teken]!);
}

/** Escapes text and keeps its line breaks visible as `<br>`. */
export function escapeHtmlMetRegels(tekst: string): string {
  return escapeHtml(tekst).replace(/\r\n|\r|\n/g, '<br>\n');
}

/** Collapses every kind of line break, tab and control character into single spaces: safe for a mail header. */
export function eenRegel(tekst: string): string {
  // eslint-disable-next-line no-control-regex
  return tekst.replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029]+/g, ' ').replace(/\s+/g, ' ').trim();
}
