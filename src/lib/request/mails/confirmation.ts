import type { Bureau } from '../../../schemas/bureau';
import { escapeHtml, singleLine } from '../../mail/escape';
import type { MailMessage } from '../../mail/message';
import { htmlDocument } from '../../intake/mail-layout';
import { requestNextSteps } from '../screen-texts';

interface ConfirmationOptions {
  from: string;
  /** The address typed in the form. */
  to: string;
  reference: string;
  bureau: Pick<Bureau, 'naam' | 'email' | 'telefoon' | 'websiteUrl' | 'reactietijdWerkdagen'>;
}

/**
 * Confirmation to the address typed in the form. Fixed text, the reference and the bureau's details only: no answer,
 * no date and no key date, so nobody can use the bureau's sender to mail their own words, and absence data never goes
 * to an address nobody checked.
 */
export function requestConfirmationMail({ from, to, reference, bureau }: ConfirmationOptions): MailMessage {
  const nextSteps = requestNextSteps(bureau.reactietijdWerkdagen);
  const subject = singleLine(`Uw aanvraag is ontvangen – ${bureau.naam}`);
  const paragraphs = {
    greeting: 'Goedendag,',
    received: `Via de website van ${bureau.naam} is een aanvraag verstuurd met dit e-mailadres als contactadres. Wij hebben de aanvraag ontvangen. Dank u wel!`,
    reference: `Uw referentie: ${reference}`,
    copy: 'Een kopie van uw antwoorden en de belangrijkste termijnen stonden op de website na het versturen. Wij sturen die niet mee per e-mail.',
    contact: `Vragen? Mail naar ${bureau.email} of bel ${bureau.telefoon}. Noem dan uw referentie.`,
    notYou: `Heeft u deze aanvraag niet zelf verstuurd? Dan heeft iemand anders uw e-mailadres ingevuld. U hoeft niets te doen. Laat het ons gerust weten via ${bureau.email}, dan verwijderen wij de gegevens.`,
  };
  const html = [
    `<p>${escapeHtml(paragraphs.greeting)}</p>`,
    `<p>${escapeHtml(paragraphs.received)}</p>`,
    `<p><strong>${escapeHtml(paragraphs.reference)}</strong></p>`,
    `<h2 style="font-size:18px">Wat gebeurt er nu?</h2>`,
    `<ol>${nextSteps.map((step) => `<li>${escapeHtml(step)}</li>`).join('')}</ol>`,
    `<p>${escapeHtml(paragraphs.copy)}</p>`,
    `<p>${escapeHtml(paragraphs.contact)}</p>`,
    `<p style="color:#4a5560">${escapeHtml(paragraphs.notYou)}</p>`,
    `<p>Met vriendelijke groet,<br>${escapeHtml(bureau.naam)}<br><a href="${escapeHtml(bureau.websiteUrl)}">${escapeHtml(bureau.websiteUrl)}</a></p>`,
  ].join('\n');
  const text = [
    paragraphs.greeting,
    '',
    paragraphs.received,
    '',
    paragraphs.reference,
    '',
    'Wat gebeurt er nu?',
    ...nextSteps.map((step, i) => `${i + 1}. ${step}`),
    '',
    paragraphs.copy,
    '',
    paragraphs.contact,
    '',
    paragraphs.notYou,
    '',
    'Met vriendelijke groet,',
    bureau.naam,
    bureau.websiteUrl,
    '',
  ].join('\n');
  return { from, to: [singleLine(to)], replyTo: bureau.email, subject, html: htmlDocument(subject, html), text };
}
