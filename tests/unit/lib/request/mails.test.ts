import { describe, expect, it } from 'vitest';
import { requestNotification, requestSubject } from '../../../../src/lib/request/mails/bureau-notification';
import { requestConfirmationMail } from '../../../../src/lib/request/mails/confirmation';
import { keyDates } from '../../../../src/lib/request/key-dates';
import type { RequestInput } from '../../../../src/lib/request/fields';
import { validateRequest, type EmployerRequest } from '../../../../src/schemas/request';
import { REQUEST_TEST_OPTIONS, validRequestInput } from '../../../support/request-fixture';

const DANGEROUS = `<script>alert("x")</script> 'quote' & "dubbel"\r\nBcc: spam@evil.example`;

function request(overrides: Partial<RequestInput> = {}): EmployerRequest {
  const r = validateRequest(validRequestInput(overrides), REQUEST_TEST_OPTIONS);
  if (!r.valid) throw new Error(JSON.stringify(r.errors));
  return r.request;
}

const dates = keyDates('2025-09-01', undefined, '2026-06-15');
const options = {
  from: 'Bureau <web@bureau.example>',
  to: ['aanvragen@bureau.example'],
  reference: 'AV-7KQ3-MP',
  serviceName: (id: string) => `Dienst ${id}`,
  dates,
  copy: { filename: 'aanvraag-AV-7KQ3-MP.json', content: '{"schemaVersie":1}\n' },
};
const bureau = {
  naam: 'Voorbeeld Re-integratie',
  email: 'info@bureau.example',
  telefoon: '020 000 00 00',
  websiteUrl: 'https://www.bureau.example',
  reactietijdWerkdagen: 2,
};

describe('the bureau’s notification of a request', () => {
  const mail = requestNotification(
    request({
      organisatie: DANGEROUS,
      contactpersoon: DANGEROUS,
      functie: 'Chauffeur & <b>bijrijder</b>',
      toelichting: DANGEROUS,
    }),
    options,
  );

  it('puts every answer in the table, escaped, and replies to the contact', () => {
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).not.toContain('<b>bijrijder');
    expect(mail.html).toContain('Chauffeur &amp; &lt;b&gt;bijrijder&lt;/b&gt;');
    expect(mail.html.match(/&lt;script&gt;alert\(&quot;x&quot;\)/g)!.length).toBeGreaterThanOrEqual(3);
    for (const label of [
      'Eerste ziektedag',
      'Contracturen per week',
      'Wat adviseert de bedrijfsarts over het 2e spoor?',
    ])
      expect(mail.text).toContain(`${label}:`);
    expect(mail.text).toContain('32 uur per week');
    expect(mail.replyTo).toBe('karin@vandijk.example');
    expect(mail.to).toEqual(['aanvragen@bureau.example']);
  });

  it('carries the key dates, the reference, a privacy line and the JSON copy', () => {
    expect(mail.text).toContain('Week van de ziekte op 15 juni 2026:\n  week 42');
    expect(mail.text).toContain('Uiterste start 2e spoor (norm van UWV):\n  11 oktober 2026');
    expect(mail.text).toContain('WIA-aanvraag uiterlijk:\n  13 juni 2027');
    expect(mail.text).toContain('Referentie: AV-7KQ3-MP');
    expect(mail.text).toMatch(/verzuimgegevens/);
    expect(mail.attachments).toEqual([
      { filename: 'aanvraag-AV-7KQ3-MP.json', contentType: 'application/json', content: '{"schemaVersie":1}\n' },
    ]);
  });

  it('marks a key date that has passed', () => {
    const late = requestNotification(request({ eerste_ziektedag: '2024-01-08' }), {
      ...options,
      dates: keyDates('2024-01-08', undefined, '2026-06-15'),
    });
    expect(late.text).toMatch(/Uiterste start 2e spoor \(norm van UWV\):\n {2}.* \(verstreken\)/);
  });

  it('keeps the subject on one line with the service, organisation and week', () => {
    expect(mail.subject).not.toMatch(/[\r\n]/);
    expect(requestSubject(request(), 'Dossiercheck', dates)).toBe(
      'Nieuwe aanvraag: Dossiercheck – Transport Van Dijk B.V. (ziekteweek 42)',
    );
    expect(requestSubject({ ...request(), organisatie: 'A\u202eB\u200bC' }, 'X', dates)).toBe(
      'Nieuwe aanvraag: X – A B C (ziekteweek 42)',
    );
  });
});

describe('the confirmation of a request', () => {
  const mail = requestConfirmationMail({
    from: 'B <b@b.example>',
    to: 'karin@vandijk.example',
    reference: 'AV-7KQ3-MP',
    bureau,
  });

  it('holds the reference and what happens next, and nothing the employer typed or any date', () => {
    expect(mail.to).toEqual(['karin@vandijk.example']);
    expect(mail.text).toContain('Uw referentie: AV-7KQ3-MP');
    expect(mail.text).toContain('Wat gebeurt er nu?');
    expect(mail.text).toMatch(/nooit medische gegevens/);
    expect(mail.text).not.toMatch(/Karin|Van Dijk|Chauffeur|2025|2026|week \d/);
  });

  it("promises the bureau's own response time", () => {
    expect(mail.text).toContain('Een adviseur neemt binnen 2 werkdagen contact met u op');
  });
});
