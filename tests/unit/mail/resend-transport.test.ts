import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ResendTransport } from '../../../src/lib/mail/resend-transport';
import { startFakeResend } from '../../support/fake-resend.mjs';

const bericht = {
  from: 'Bureau <noreply@example.com>',
  to: ['anna@example.com'],
  replyTo: 'info@example.com',
  subject: 'Onderwerp',
  html: '<p>Hallo</p>',
  text: 'Hallo',
};

describe('ResendTransport', () => {
  let fake: Awaited<ReturnType<typeof startFakeResend>>;
  beforeAll(async () => {
    fake = await startFakeResend();
  });
  afterAll(() => fake.close());
  beforeEach(() => {
    fake.reset();
    fake.zetMode('ok');
  });

  it('posts the message with the API key and idempotency key, and returns the provider id', async () => {
    const resultaat = await new ResendTransport('re_test', fake.url).verstuur(bericht, 'sleutel-1');
    expect(resultaat).toEqual({ geaccepteerd: true, id: fake.state.verstuurd.get('sleutel-1')?.id });
    const [verzoek] = fake.state.verzoeken;
    expect(verzoek?.auth).toBe('Bearer re_test');
    expect(verzoek?.body).toEqual({ from: bericht.from, to: bericht.to, reply_to: bericht.replyTo, subject: 'Onderwerp', html: '<p>Hallo</p>', text: 'Hallo' });
  });

  it('reuses its connection and lets the provider deduplicate a repeated key', async () => {
    const transport = new ResendTransport('re_test', `${fake.url}/`);
    const eerste = await transport.verstuur(bericht, 'sleutel-2');
    const tweede = await transport.verstuur(bericht, 'sleutel-2');
    expect(tweede).toEqual(eerste);
    expect(fake.state.verstuurd.size).toBe(1);
  });

  it.each([
    ['fail-422', 'validation_error (422)'],
    ['fail-429', 'rate_limit_exceeded (429)'],
    ['fail-500', 'internal_server_error (500)'],
  ] as const)('reports %s as not accepted', async (mode, reden) => {
    fake.zetMode(mode);
    const resultaat = await new ResendTransport('re_test', fake.url).verstuur(bericht, 'sleutel-3');
    expect(resultaat.geaccepteerd).toBe(false);
    expect(!resultaat.geaccepteerd && resultaat.reden).toContain(reden);
  });

  it('reports a dropped connection as not accepted', async () => {
    fake.zetMode('drop');
    const resultaat = await new ResendTransport('re_test', fake.url).verstuur(bericht, 'sleutel-4');
    expect(resultaat.geaccepteerd).toBe(false);
  });

  it('reports an unreachable provider as not accepted', async () => {
    const resultaat = await new ResendTransport('re_test', 'http://127.0.0.1:9').verstuur(bericht, 'sleutel-5');
    expect(resultaat).toMatchObject({ geaccepteerd: false });
  });
});
