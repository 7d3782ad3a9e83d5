// Characters that carry no visible text but can hide or disguise what a field says: NUL and the other control
// characters; every Unicode format character (category Cf: zero-width spaces and joiners U+200B–U+200D, the
// direction marks U+200E/U+200F and U+061C, the word joiner U+2060, the Mongolian vowel separator U+180E, the
// bidirectional embeddings, overrides and isolates U+202A–U+202E and U+2066–U+2069, the soft hyphen, the byte-order
// mark, tag characters); and lone surrogates, which are no character at all and cannot be encoded in a mail. They are
// removed from every field before validation, so they never reach a subject, an e-mail, the JSON copy or a webhook.
// (A zero-width joiner also glues some emoji together; a business form loses nothing by splitting those.)

// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|\p{Cf}|\p{Cs}/gu;
const LINE_BREAKS = /\r\n|[\r\n\u2028\u2029\u0085]/g;

/**
 * Removes invisible control and format characters and lone surrogates. In a multi-line field tabs and line breaks
 * stay (every kind of line break becomes `\n`); in a single-line field they become spaces.
 */
export function cleanText(value: string, multiline: boolean): string {
  // U+0085 (next line) is a line break: handle it before the control range removes it.
  const withBreaks = value.replace(LINE_BREAKS, multiline ? '\n' : ' ');
  const cleaned = withBreaks.replace(INVISIBLE, '');
  return multiline ? cleaned : cleaned.replace(/\t/g, ' ');
}
