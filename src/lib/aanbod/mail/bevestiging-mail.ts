import type { Bureau } from '../../config/bureau-schema';
import type { MailBericht } from '../../mail/bericht';
import { eenRegel, escapeHtml } from '../../mail/escape-html';
import type { Aanbod } from '../schema';
import { aanbodRijen } from './aanbod-rijen';
import { htmlDocument, htmlTabel, tekstTabel } from './opmaak';

interface BevestigingOpties {
  afzender: string;
  bureau: Pick<Bureau, 'naam' | 'email' | 'telefoon' | 'websiteUrl'>;
  sectorNaam: (id: string) => string;
}

/** Confirmation to the submitter: thanks, a copy of the offer, next steps and how to reach the bureau. */
export function bevestigingMail(aanbod: Aanbod, { afzender, bureau, sectorNaam }: BevestigingOpties): MailBericht {
  const rijen = aanbodRijen(aanbod, sectorNaam);
  const onderwerp = eenRegel(`Bedankt voor uw aanbod van een werkervaringsplaats – ${bureau.naam}`);
  const aanhef = `Beste ${aanbod.contactpersoon},`;
  const dank = `Bedankt dat u een werkervaringsplaats aanbiedt. Wij hebben uw aanbod ontvangen.`;
  const vervolg = [
    'Een adviseur neemt binnen twee werkdagen contact met u op.',
    'Samen bespreken we het werk, de begeleiding en de afspraken die nodig zijn.',
    'Past de plek bij iemand die wij begeleiden, dan maken we kennis op de werkplek.',
  ];
  const contact = `Vragen? Mail naar ${bureau.email} of bel ${bureau.telefoon}.`;
  const html = [
    `<p>${escapeHtml(aanhef)}</p>`,
    `<p>${escapeHtml(dank)}</p>`,
    `<h2 style="font-size:18px">Wat gebeurt er nu?</h2>`,
    `<ol>${vervolg.map((stap) => `<li>${escapeHtml(stap)}</li>`).join('')}</ol>`,
    `<p>${escapeHtml(contact)}</p>`,
    `<h2 style="font-size:18px">Wat u ons stuurde</h2>`,
    htmlTabel(rijen),
    `<p>Met vriendelijke groet,<br>${escapeHtml(bureau.naam)}<br><a href="${escapeHtml(bureau.websiteUrl)}">${escapeHtml(bureau.websiteUrl)}</a></p>`,
  ].join('\n');
  const text = [
    aanhef,
    '',
    dank,
    '',
    'Wat gebeurt er nu?',
    ...vervolg.map((stap, i) => `${i + 1}. ${stap}`),
    '',
    contact,
    '',
    'Wat u ons stuurde:',
    tekstTabel(rijen),
    '',
    'Met vriendelijke groet,',
    bureau.naam,
    bureau.websiteUrl,
    '',
  ].join('\n');
  return { from: afzender, to: [eenRegel(aanbod.email)], replyTo: bureau.email, subject: onderwerp, html: htmlDocument(onderwerp, html), text };
}
