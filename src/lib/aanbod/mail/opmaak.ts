import { escapeHtml, escapeHtmlMetRegels } from '../../mail/escape-html';
import type { AanbodRij } from './aanbod-rijen';

/** A plain, widely supported HTML mail: one table with a row per field. All values are escaped here. */
export function htmlTabel(rijen: AanbodRij[]): string {
  const regels = rijen.map(
    (rij) =>
      `<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;border-bottom:1px solid #d5e9ec">${escapeHtml(rij.label)}</th>` +
      `<td style="vertical-align:top;padding:6px 0;border-bottom:1px solid #d5e9ec">${escapeHtmlMetRegels(rij.waarde)}</td></tr>`,
  );
  return `<table style="border-collapse:collapse;width:100%;max-width:640px">\n${regels.join('\n')}\n</table>`;
}

/** The same rows as plain text; multi-line values are indented under their label. */
export function tekstTabel(rijen: AanbodRij[]): string {
  return rijen.map((rij) => `${rij.label}:\n  ${rij.waarde.replace(/\r\n|\r|\n/g, '\n  ')}`).join('\n');
}

/** Wraps an HTML body in a minimal document. */
export function htmlDocument(titel: string, body: string): string {
  return `<!doctype html>\n<html lang="nl"><head><meta charset="utf-8"><title>${escapeHtml(titel)}</title></head>\n<body style="font-family:Arial,sans-serif;color:#1b1f23;line-height:1.5">\n${body}\n</body></html>`;
}
