import type { Offer } from '../../../schemas/offer';
import { escapeHtml, singleLine } from '../../mail/escape';
import type { MailMessage } from '../../mail/message';
import { offerRows } from '../rows';
import { htmlDocument, htmlTable, textTable } from '../../intake/mail-layout';

interface BureauNotificationOptions {
  from: string;
  to: string[];
  reference: string;
  sectorName: (id: string) => string;
  /** The JSON copy as attached: file name and exact text. */
  copy: { filename: string; content: string };
}

const MAX_SUBJECT_LENGTH = 250;

/** Subject line of the bureau notification; user text can never add a line break, a header or reversed text. */
export function bureauSubject(offer: Offer): string {
  const subject = singleLine(`Nieuw aanbod werkervaringsplaats: ${offer.functie} bij ${offer.organisatie}`);
  return subject.length > MAX_SUBJECT_LENGTH ? `${subject.slice(0, MAX_SUBJECT_LENGTH - 1)}…` : subject;
}

/** The notification the bureau acts on: every field in a table, the JSON copy attached, reply-to the submitter. */
export function bureauNotification(offer: Offer, options: BureauNotificationOptions): MailMessage {
  const rows = offerRows(offer, options.sectorName);
  const intro = `${offer.organisatie} biedt een werkervaringsplaats aan. Beantwoord deze e-mail om ${offer.contactpersoon} te bereiken.`;
  const attachmentLine = `Het aanbod staat ook als JSON-bestand in de bijlage (${options.copy.filename}), om in te lezen in uw eigen systeem.`;
  const subject = bureauSubject(offer);
  return {
    from: options.from,
    to: options.to,
    replyTo: singleLine(offer.email),
    subject,
    html: htmlDocument(
      subject,
      [
        `<p>${escapeHtml(intro)}</p>`,
        htmlTable(rows),
        `<p style="color:#4a5560">Referentie: ${escapeHtml(options.reference)}</p>`,
        `<p style="color:#4a5560">${escapeHtml(attachmentLine)}</p>`,
      ].join('\n'),
    ),
    text: `${intro}\n\n${textTable(rows)}\n\nReferentie: ${options.reference}\n${attachmentLine}\n`,
    attachments: [{ filename: options.copy.filename, contentType: 'application/json', content: options.copy.content }],
  };
}
