import { describe, expect, it } from 'vitest';
import { bureauNotification, bureauSubject } from '../../../../src/lib/offer/mails/bureau-notification';
import { confirmationMail } from '../../../../src/lib/offer/mails/confirmation';
import { OFFER_FIELDS, type OfferInput } from '../../../../src/lib/offer/fields';
import { validateOffer, type Offer } from '../../../../src/schemas/offer';
import { TEST_OPTIONS, validInput } from '../../../support/offer-fixture';

const DANGEROUS = `<script>alert("x")</script> 'quote' & "dubbel"\r\nBcc: spam@evil.example`;

function offer(overrides: Partial<OfferInput> = {}): Offer {
  const r = validateOffer(validInput(overrides), TEST_OPTIONS);
  if (!r.valid) throw new Error(JSON.stringify(r.errors));
  return r.offer;
}

const bureau = {
  naam: 'Voorbeeld Re-integratie',
  email: 'info@bureau.example',
  telefoon: '020 000 00 00',
  websiteUrl: 'https://www.bureau.example',
  reactietijdWerkdagen: 2,
};
const freeText = {
  organisatie: DANGEROUS,
  contactpersoon: DANGEROUS,
  plaats: DANGEROUS,
  functie: DANGEROUS,
  werkzaamheden: DANGEROUS,
  aanpassingen: DANGEROUS,
  opmerkingen: DANGEROUS,
};
const options = {
  from: 'Bureau <web@bureau.example>',
  to: ['aanbod@bureau.example'],
  reference: 'ref-1',
  sectorName: (id: string) => `Sector ${id}`,
  copy: { filename: 'aanbod-ref-1.json', content: '{"schemaVersie":1}\n' },
};

describe('bureauNotification', () => {
  const mail = bureauNotification(offer(freeText), options);

  it('escapes every user value in the HTML part', () => {
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).not.toMatch(/'quote'|"dubbel"/);
    expect(
      mail.html.match(
        /&lt;script&gt;alert\(&quot;x&quot;\)&lt;\/script&gt; &#39;quote&#39; &amp; &quot;dubbel&quot;<br>/g,
      ),
    ).toHaveLength(3);
  });

  it('keeps the subject on one line so no header can be injected', () => {
    expect(mail.subject).not.toMatch(/[\r\n]/);
    expect(mail.subject.startsWith('Nieuw aanbod werkervaringsplaats: <script>')).toBe(true);
    expect(mail.subject).toContain('Bcc: spam@evil.example');
  });

  it('can never carry a bidi override or control character in its subject, even from a bare offer object', () => {
    const spoofed = { ...offer(), functie: 'Medewerker \u202egnippohs\u0000', organisatie: 'A\u2066B\u2069' };
    expect(bureauSubject(spoofed)).toBe('Nieuw aanbod werkervaringsplaats: Medewerker gnippohs bij A B');
  });

  it('shows every field with its label in both parts, attaches the JSON copy and replies to the submitter', () => {
    const plain = bureauNotification(offer({ startdatum: '2026-09-01' }), options);
    for (const label of [
      'Naam van de organisatie',
      'KvK-nummer',
      'Sector',
      'Werkzaamheden',
      'Uren per week',
      'Toestemming',
    ]) {
      expect(plain.html).toContain(label);
      expect(plain.text).toContain(`${label}:`);
    }
    expect(plain.html.match(/<tr>/g)).toHaveLength(OFFER_FIELDS.length);
    expect(plain.text).toContain('1 september 2026');
    expect(plain.text).toContain('Sector horeca');
    expect(plain.text).toContain('In overleg');
    expect(plain.replyTo).toBe('anna@korenschoof.example');
    expect(plain.to).toEqual(['aanbod@bureau.example']);
    expect(plain.text).toContain('Referentie: ref-1');
    expect(plain.attachments).toEqual([
      { filename: 'aanbod-ref-1.json', contentType: 'application/json', content: '{"schemaVersie":1}\n' },
    ]);
  });
});

describe('confirmationMail', () => {
  const typed = {
    organisatie: 'Phish Org Unieke Tekst',
    contactpersoon: 'Klik op http://evil.example/login',
    plaats: 'Plaats Unieke Tekst',
    functie: 'Functie Unieke Tekst',
    werkzaamheden: 'Uw account is geblokkeerd, bel 0900-1234567 om het te herstellen.',
    aanpassingen: 'Aanpassingen Unieke Tekst',
    opmerkingen: 'Opmerkingen Unieke Tekst',
    telefoon: '+31 20 7654321',
    kvk: '87654321',
  };
  const mail = confirmationMail({
    from: 'Bureau <web@bureau.example>',
    to: 'victim@example.com',
    reference: 'ref-9',
    bureau,
  });

  it('holds no text the submitter typed: not the name, the organisation, the answers or the phone number', () => {
    // The confirmation is built from the reference and the address only; the offer is not even an input.
    const everything = `${mail.subject}\n${mail.html}\n${mail.text}`;
    for (const value of Object.values(typed)) expect(everything).not.toContain(value);
    expect(everything).not.toContain('evil.example');
  });

  it('goes to the typed address with the bureau as reply-to, the reference, next steps and contact details', () => {
    expect(mail.to).toEqual(['victim@example.com']);
    expect(mail.replyTo).toBe(bureau.email);
    expect(mail.subject).toBe('Uw aanbod van een werkervaringsplaats is ontvangen – Voorbeeld Re-integratie');
    expect(mail.text).toContain('Uw referentie: ref-9');
    expect(mail.text).toContain('Wat gebeurt er nu?');
    expect(mail.text).toContain('Een adviseur neemt binnen 2 werkdagen contact met u op.');
    expect(mail.text).toContain(bureau.telefoon);
    expect(mail.text).toContain(bureau.email);
    expect(mail.html).toContain('<strong>Uw referentie: ref-9</strong>');
  });

  it('tells someone who did not send it what to do', () => {
    expect(mail.text).toMatch(/niet zelf verstuurd\? .*U hoeft niets te doen/);
  });

  it('sends no copy of the answers', () => {
    expect(mail.attachments).toBeUndefined();
    expect(mail.html).not.toContain('<table');
  });
});
