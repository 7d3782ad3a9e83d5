import { describe, expect, it } from 'vitest';
import { bureau } from '../../../src/config/bureau';
import { bevestigingMail } from '../../../src/lib/aanbod/mail/bevestiging-mail';
import { bureauMail } from '../../../src/lib/aanbod/mail/bureau-mail';
import { valideerAanbod, type Aanbod } from '../../../src/lib/aanbod/schema';
import { AANBOD_VELDEN, type AanbodInvoer } from '../../../src/lib/aanbod/velden';
import { geldigeInvoer, TEST_OPTIES } from '../../support/aanbod-fixture';

const GEVAARLIJK = `<script>alert("x")</script> 'quote' & "dubbel"\r\nBcc: spam@evil.example`;

function aanbod(overrides: Partial<AanbodInvoer> = {}): Aanbod {
  const r = valideerAanbod(geldigeInvoer(overrides), TEST_OPTIES);
  if (!r.geldig) throw new Error(JSON.stringify(r.fouten));
  return r.aanbod;
}

const vrijeTekst = { organisatie: GEVAARLIJK, contactpersoon: GEVAARLIJK, plaats: GEVAARLIJK, functie: GEVAARLIJK, werkzaamheden: GEVAARLIJK, aanpassingen: GEVAARLIJK, opmerkingen: GEVAARLIJK };
const opties = { afzender: 'Bureau <web@bureau.example>', ontvangers: ['aanbod@bureau.example'], referentie: 'ref-1', sectorNaam: (id: string) => `Sector ${id}` };

describe('bureauMail', () => {
  const mail = bureauMail(aanbod(vrijeTekst), opties);

  it('escapes every user value in the HTML part', () => {
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).not.toMatch(/'quote'|"dubbel"/);
    expect(mail.html.match(/&lt;script&gt;alert\(&quot;x&quot;\)&lt;\/script&gt; &#39;quote&#39; &amp; &quot;dubbel&quot;<br>/g)).toHaveLength(7);
  });

  it('keeps the subject on one line so no header can be injected', () => {
    expect(mail.subject).not.toMatch(/[\r\n]/);
    expect(mail.subject.startsWith('Nieuw aanbod werkervaringsplaats: <script>')).toBe(true);
    expect(mail.subject).toContain('Bcc: spam@evil.example');
  });

  it('shows every field with its label in both parts and replies to the submitter', () => {
    const gewoon = bureauMail(aanbod({ startdatum: '2026-09-01' }), opties);
    for (const label of ['Naam van de organisatie', 'KvK-nummer', 'Sector', 'Werkzaamheden', 'Uren per week', 'Toestemming']) {
      expect(gewoon.html).toContain(label);
      expect(gewoon.text).toContain(`${label}:`);
    }
    expect(gewoon.html.match(/<tr>/g)).toHaveLength(AANBOD_VELDEN.length);
    expect(gewoon.text).toContain('1 september 2026');
    expect(gewoon.text).toContain('Sector horeca');
    expect(gewoon.text).toContain('In overleg');
    expect(gewoon.replyTo).toBe('anna@korenschoof.example');
    expect(gewoon.to).toEqual(['aanbod@bureau.example']);
    expect(gewoon.text).toContain('Referentie: ref-1');
  });
});

describe('bevestigingMail', () => {
  const mail = bevestigingMail(aanbod(vrijeTekst), { afzender: 'Bureau <web@bureau.example>', bureau, sectorNaam: (id) => id });

  it('goes to the submitter with the bureau as reply-to, its contact details and next steps', () => {
    expect(mail.to).toEqual(['anna@korenschoof.example']);
    expect(mail.replyTo).toBe(bureau.email);
    expect(mail.text).toContain(bureau.telefoon);
    expect(mail.text).toContain('Wat gebeurt er nu?');
    expect(mail.subject).not.toMatch(/[\r\n]/);
  });

  it('escapes the copy of what was sent', () => {
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('Beste &lt;script&gt;');
  });
});
