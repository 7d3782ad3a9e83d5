import { describe, expect, it } from 'vitest';
import type { MailTransport } from '../../../src/lib/mail/bericht';
import { metTijdslimiet } from '../../../src/lib/mail/met-tijdslimiet';

const bericht = { from: 'a@example.com', to: ['b@example.com'], subject: 'Onderwerp', html: '<p>x</p>', text: 'x' };

describe('metTijdslimiet', () => {
  it('passes a prompt answer through', async () => {
    const snel: MailTransport = { naam: 'snel', verstuur: async () => ({ geaccepteerd: true, id: 'm1' }) };
    expect(await metTijdslimiet(snel, 50).verstuur(bericht, 'k')).toEqual({ geaccepteerd: true, id: 'm1' });
  });

  it('reports a provider that does not answer in time as not accepted', async () => {
    const hangt: MailTransport = { naam: 'hangt', verstuur: () => new Promise(() => {}) };
    const resultaat = await metTijdslimiet(hangt, 20).verstuur(bericht, 'k');
    expect(resultaat).toEqual({ geaccepteerd: false, reden: 'geen antwoord binnen 20 ms' });
  });
});
