const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for use in HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ENTITIES[character]!);
}

/** Escapes text and keeps its line breaks visible as `<br>`. */
export function escapeHtmlKeepingLineBreaks(text: string): string {
  return escapeHtml(text).replace(/\r\n|\r|\n/g, '<br>\n');
}

/** Line breaks, tabs, control characters and format characters (bidi controls included): none may reach a header. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const NOT_IN_A_HEADER = /(?:[\u0000-\u001f\u007f-\u009f\u2028\u2029]|\p{Cf}|\p{Cs})+/gu;

/**
 * Collapses every kind of line break, tab, control and format character (and lone surrogates) into single spaces:
 * safe for a mail header. The form fields are cleaned before this (src/lib/intake/clean-text.ts); this is the last
 * line of defence for every header.
 */
export function singleLine(text: string): string {
  return text.replace(NOT_IN_A_HEADER, ' ').replace(/\s+/g, ' ').trim();
}
