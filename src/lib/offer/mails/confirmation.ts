import type { Bureau } from '../../../schemas/bureau';
import { escapeHtml, singleLine } from '../../mail/escape';
import type { MailMessage } from '../../mail/message';
import { offerNextSteps } from '../screen-texts';
import { htmlDocument } from '../../intake/mail-layout';

interface ConfirmationOptions {
  from: string;
  /** The address typed in the form. */
  to: string;
  reference: string;
  bureau: Pick<Bureau, 'naam' | 'email' | 'telefoon' | 'websiteUrl' | 'reactietijdWerkdagen'>;
}

/**
 * Confirmation to the address typed in the form. It holds no text the submitter typed (no name, organisation or
 * answers), only fixed text, the reference and the bureau's details: whoever types someone else's address cannot
 * use the bureau's sender to mail their own words. The copy of the answers is on the thank-you page instead.
 */
export function confirmationMail({ from, to, reference, bureau }: ConfirmationOptions): MailMessage {
  const subject = singleLine(`Uw aanbod van een werkervaringsplaats is ontvangen – ${bureau.naam}`);
  const paragraphs = {
    greeting: 'Goedendag,',
    received: `Via de website van ${bureau.naam} is een aanbod van een werkervaringsplaats verstuurd met dit e-mailadres als contactadres. Wij hebben het aanbod ontvangen. Dank u wel!`,
    reference: `Uw referentie: ${reference}`,
    copy: 'Een kopie van de antwoorden stond op de website na het versturen. Wij sturen die niet mee per e-mail.',
    contact: `Vragen? Mail naar ${bureau.email} of bel ${bureau.telefoon}. Noem dan uw referentie.`,
    notYou: `Heeft u dit aanbod niet zelf verstuurd? Dan heeft iemand anders uw e-mailadres ingevuld. U hoeft niets te doen. Laat het ons gerust weten via ${bureau.email}, dan verwijderen wij de gegevens.`,
  };
  const html = [
    `<p>${escapeHtml(paragraphs.greeting)}</p>`,
    `<p>${escapeHtml(paragraphs.received)}</p>`,
    `<p><strong>${escapeHtml(paragraphs.reference)}</strong></p>`,
    `<h2 style="font-size:18px">Wat gebeurt er nu?</h2>`,
    `<ol>${offerNextSteps(bureau.reactietijdWerkdagen)
      .map((step) => `<li>${escapeHtml(step)}</li>`)
      .join('')}</ol>`,
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
    ...offerNextSteps(bureau.reactietijdWerkdagen).map((step, i) => `${i + 1}. ${step}`),
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
