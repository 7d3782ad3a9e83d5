import type { EmployerRequest } from '../../../schemas/request';
import { escapeHtml, singleLine } from '../../mail/escape';
import type { MailMessage } from '../../mail/message';
import { htmlDocument, htmlTable, textTable } from '../../intake/mail-layout';
import { CHOICES } from '../fields';
import type { KeyDates } from '../key-dates';
import { keyDateRows, requestRows } from '../rows';

interface BureauNotificationOptions {
  from: string;
  to: string[];
  reference: string;
  serviceName: (id: string) => string;
  dates: KeyDates;
  /** The JSON copy as attached: file name and exact text. */
  copy: { filename: string; content: string };
}

const MAX_SUBJECT_LENGTH = 250;

/** Subject line of the notification; user text can never add a line break, a header or reversed text. */
export function requestSubject(request: EmployerRequest, serviceName: string, dates: KeyDates): string {
  const subject = singleLine(
    `Nieuwe aanvraag: ${serviceName} – ${request.organisatie} (ziekteweek ${dates.weekVanZiekte})`,
  );
  return subject.length > MAX_SUBJECT_LENGTH ? `${subject.slice(0, MAX_SUBJECT_LENGTH - 1)}…` : subject;
}

/**
 * The notification the bureau acts on: every answer in a table (escaped), the key dates from the poortwachter-planner,
 * the JSON copy attached, reply-to the employer's contact.
 */
export function requestNotification(request: EmployerRequest, options: BureauNotificationOptions): MailMessage {
  const service = options.serviceName(request.dienst);
  const rows = requestRows(request, options.serviceName);
  const dateRows = keyDateRows(options.dates);
  const callTime = CHOICES.bereikbaar[request.bereikbaar].toLowerCase();
  const intro = `${request.organisatie} vraagt: ${service}. Bel ${request.contactpersoon} terug op ${request.telefoon} (${callTime}), of beantwoord deze e-mail.`;
  const datesHeading = 'Termijnen, berekend met de poortwachter-planner op de dag van de aanvraag';
  const privacyLine =
    'Deze aanvraag bevat verzuimgegevens (de eerste ziektedag). Bewaar haar niet langer dan de privacyverklaring zegt en stuur haar niet door buiten het bureau.';
  const attachmentLine = `De aanvraag staat ook als JSON-bestand in de bijlage (${options.copy.filename}), om in te lezen in uw eigen systeem.`;
  const subject = requestSubject(request, service, options.dates);
  return {
    from: options.from,
    to: options.to,
    replyTo: singleLine(request.email),
    subject,
    html: htmlDocument(
      subject,
      [
        `<p>${escapeHtml(intro)}</p>`,
        htmlTable(rows),
        `<h2 style="font-size:18px">${escapeHtml(datesHeading)}</h2>`,
        htmlTable(dateRows),
        `<p style="color:#4a5560">Referentie: ${escapeHtml(options.reference)}</p>`,
        `<p style="color:#4a5560">${escapeHtml(privacyLine)}</p>`,
        `<p style="color:#4a5560">${escapeHtml(attachmentLine)}</p>`,
      ].join('\n'),
    ),
    text: [
      intro,
      '',
      textTable(rows),
      '',
      `${datesHeading}:`,
      textTable(dateRows),
      '',
      `Referentie: ${options.reference}`,
      privacyLine,
      attachmentLine,
      '',
    ].join('\n'),
    attachments: [{ filename: options.copy.filename, contentType: 'application/json', content: options.copy.content }],
  };
}
