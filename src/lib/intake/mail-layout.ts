// The layout every intake's mails share: one table of answers, a minimal HTML document around a body.
import { escapeHtml, escapeHtmlKeepingLineBreaks } from '../mail/escape';

/** One row of a mail's table: a label and the value as the reader should see it. */
export interface MailRow {
  label: string;
  value: string;
}

/** A plain, widely supported HTML mail: one table with a row per field. All values are escaped here. */
export function htmlTable(rows: readonly MailRow[]): string {
  const lines = rows.map(
    (row) =>
      `<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;border-bottom:1px solid #d5e9ec">${escapeHtml(row.label)}</th>` +
      `<td style="vertical-align:top;padding:6px 0;border-bottom:1px solid #d5e9ec">${escapeHtmlKeepingLineBreaks(row.value)}</td></tr>`,
  );
  return `<table style="border-collapse:collapse;width:100%;max-width:640px">\n${lines.join('\n')}\n</table>`;
}

/** The same rows as plain text; multi-line values are indented under their label. */
export function textTable(rows: readonly MailRow[]): string {
  return rows.map((row) => `${row.label}:\n  ${row.value.replace(/\r\n|\r|\n/g, '\n  ')}`).join('\n');
}

/** Wraps an HTML body in a minimal document. */
export function htmlDocument(title: string, body: string): string {
  return `<!doctype html>\n<html lang="nl"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>\n<body style="font-family:Arial,sans-serif;color:#1b1f23;line-height:1.5">\n${body}\n</body></html>`;
}
