import type { MailBericht } from '../../mail/bericht';
import { eenRegel, escapeHtml } from '../../mail/escape-html';
import type { Aanbod } from '../schema';
import { aanbodRijen } from './aanbod-rijen';
import { htmlDocument, htmlTabel, tekstTabel } from './opmaak';

interface BureauMailOpties {
  afzender: string;
  ontvangers: string[];
  referentie: string;
  sectorNaam: (id: string) => string;
}

/** Subject line of the bureau notification; user text can never add a line break or a header. */
export function bureauOnderwerp(aanbod: Aanbod): string {
  const onderwerp = eenRegel(`Nieuw aanbod werkervaringsplaats: ${aanbod.functie} bij ${aanbod.organisatie}`);
  return onderwerp.length > 250 ? `${onderwerp.slice(0, 249)}…` : onderwerp;
}

/** The notification the bureau acts on: every field in a table, reply-to the submitter. */
export function bureauMail(aanbod: Aanbod, opties: BureauMailOpties): MailBericht {
  const rijen = aanbodRijen(aanbod, opties.sectorNaam);
  const intro = `${aanbod.organisatie} biedt een werkervaringsplaats aan. Beantwoord deze e-mail om ${aanbod.contactpersoon} te bereiken.`;
  const onderwerp = bureauOnderwerp(aanbod);
  return {
    from: opties.afzender,
    to: opties.ontvangers,
    replyTo: eenRegel(aanbod.email),
    subject: onderwerp,
    html: htmlDocument(
      onderwerp,
      `<p>${escapeHtml(intro)}</p>\n${htmlTabel(rijen)}\n<p style="color:#4a5560">Referentie: ${escapeHtml(opties.referentie)}</p>`,
    ),
    text: `${intro}\n\n${tekstTabel(rijen)}\n\nReferentie: ${opties.referentie}\n`,
  };
}
