// Characters that carry no visible text but can hide or disguise what a field says: NUL and the other control
// characters, and the Unicode bidirectional embedding, override and isolate characters (U+202A–U+202E,
// U+2066–U+2069) that can make a subject line read backwards. They are removed from every field before
// validation, so they never reach an e-mail, the JSON copy or a webhook.

// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const LINE_BREAKS = /\r\n|[\r\n\u2028\u2029\u0085]/g;

/**
 * Removes invisible control and bidirectional-control characters. In a multi-line field tabs and line breaks
 * stay (every kind of line break becomes `\n`); in a single-line field they become spaces.
 */
export function cleanText(value: string, multiline: boolean): string {
  // U+0085 (next line) is a line break: handle it before the control range removes it.
  const withBreaks = value.replace(LINE_BREAKS, multiline ? '\n' : ' ');
  const cleaned = withBreaks.replace(INVISIBLE, '');
  return multiline ? cleaned : cleaned.replace(/\t/g, ' ');
}
