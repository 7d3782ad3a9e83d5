import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { bureau } from '../../../src/config/bureau';
import { verwerkAanbod, type AanbodAfhankelijkheden, type AanbodUitkomst } from '../../../src/lib/aanbod/handler';
import { RateLimiter } from '../../../src/lib/aanbod/rate-limiter';
import { EenmaligeTransport } from '../../../src/lib/mail/eenmalig';
import { ResendTransport } from '../../../src/lib/mail/resend-transport';
import type { AanbodInvoer } from '../../../src/lib/aanbod/velden';
import { startFakeResend } from '../../support/fake-resend.mjs';
import { geldigeInvoer } from '../../support/aanbod-fixture';

type Fake = Awaited<ReturnType<typeof startFakeResend>>;
let fake: Fake;

beforeAll(async () => {
  fake = await startFakeResend();
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.reset();
  fake.zetMode('ok');
});

const sectoren = [{ id: 'horeca', naam: 'Horeca en catering' }];

function deps(overrides: Partial<AanbodAfhankelijkheden> = {}): AanbodAfhankelijkheden {
  return {
    transport: new EenmaligeTransport(new ResendTransport('re_test_123', fake.url)),
    rateLimiter: new RateLimiter(100, 60_000),
    bureau,
    sectoren,
    ontvangers: ['aanbod@bureau.example'],
    afzender: 'Bureau <website@bureau.example>',
    vandaag: () => '2026-06-15',
    ...overrides,
  };
}

const REF = '3b241101-e2bb-4255-8caf-4136c566a962';

function jsonRequest(body: unknown): Request {
  return new Request('http://localhost/api/aanbod', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

function formRequest(invoer: Partial<AanbodInvoer>): Request {
  return new Request('http://localhost/api/aanbod', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(invoer as Record<string, string>).toString(),
  });
}

function response(uitkomst: AanbodUitkomst): Response {
  if (!('response' in uitkomst)) throw new Error(`expected a response, got a form with status ${uitkomst.formulier.status}`);
  return uitkomst.response;
}

describe('verwerkAanbod with JSON', () => {
  it('sends the notification and the confirmation and answers 200 with the reference', async () => {
    const r = response(await verwerkAanbod(jsonRequest(geldigeInvoer({ referentie: REF })), '1.1.1.1', deps()));
    expect(r.status).toBe(200);
    expect(await r.json()).toEqual({ ok: true, referentie: REF });
    expect(fake.state.verzoeken.map((v) => v.key)).toEqual([`aanbod-${REF}-bureau`, `aanbod-${REF}-bevestiging`]);
    const [melding, bevestiging] = fake.state.verzoeken.map((v) => v.body);
    expect(melding.to).toEqual(['aanbod@bureau.example']);
    expect(melding.reply_to).toBe('anna@korenschoof.example');
    expect(melding.subject).toBe('Nieuw aanbod werkervaringsplaats: Medewerker bakkerij bij Bakkerij De Korenschoof');
    expect(melding.html).toContain('1234 AB');
    expect(melding.text).toContain('+31612345678');
    expect(bevestiging.to).toEqual(['anna@korenschoof.example']);
    expect(fake.state.verzoeken[0]!.auth).toBe('Bearer re_test_123');
  });

  it.each(['fail-422', 'fail-429', 'fail-500', 'drop'] as const)('answers 503 and sends no confirmation when the provider says %s', async (mode) => {
    fake.zetMode(mode);
    const log: string[] = [];
    const r = response(await verwerkAanbod(jsonRequest(geldigeInvoer({ referentie: REF })), '1.1.1.1', deps({ log: (m) => log.push(m) })));
    expect(r.status).toBe(503);
    const body = await r.json();
    expect(body.ok).toBe(false);
    expect(body.melding).toMatch(/NIET verstuurd/);
    expect(fake.state.verzoeken).toHaveLength(1);
    expect(fake.state.verstuurd.size).toBe(0);
    expect(log.join('\n')).toMatch(/mislukt/);
  });

  it('retries after a provider failure and then succeeds once', async () => {
    const d = deps();
    fake.zetMode('fail-500');
    expect(response(await verwerkAanbod(jsonRequest(geldigeInvoer({ referentie: REF })), 'ip', d)).status).toBe(503);
    fake.zetMode('ok');
    expect(response(await verwerkAanbod(jsonRequest(geldigeInvoer({ referentie: REF })), 'ip', d)).status).toBe(200);
    expect(fake.state.verstuurd.size).toBe(2);
  });

  it('sends each message once for a double submission with the same reference', async () => {
    const d = deps();
    const antwoorden = await Promise.all([1, 2, 3].map(() => verwerkAanbod(jsonRequest(geldigeInvoer({ referentie: REF })), 'ip', d)));
    expect(antwoorden.map((a) => response(a).status)).toEqual([200, 200, 200]);
    expect(fake.state.verzoeken).toHaveLength(2);
    // A later retry (e.g. after a restart, new process memory) is deduplicated by the provider's idempotency key.
    await verwerkAanbod(jsonRequest(geldigeInvoer({ referentie: REF })), 'ip', deps());
    expect(fake.state.verstuurd.size).toBe(2);
  });

  it('answers 422 with one message per wrong field', async () => {
    const r = response(await verwerkAanbod(jsonRequest(geldigeInvoer({ kvk: '123', privacy: '' })), 'ip', deps()));
    expect(r.status).toBe(422);
    const body = await r.json();
    expect(body.ok).toBe(false);
    expect(Object.keys(body.fouten)).toEqual(['kvk', 'privacy']);
    expect(fake.state.verzoeken).toHaveLength(0);
  });

  it('answers success for a filled honeypot but sends nothing', async () => {
    const r = response(await verwerkAanbod(jsonRequest(geldigeInvoer({ website: 'https://spam.example' })), 'ip', deps()));
    expect(r.status).toBe(200);
    expect((await r.json()).ok).toBe(true);
    expect(fake.state.verzoeken).toHaveLength(0);
  });

  it('limits the number of submissions per client with a Dutch 429', async () => {
    const d = deps({ rateLimiter: new RateLimiter(2, 60_000) });
    for (let i = 0; i < 2; i++) expect(response(await verwerkAanbod(jsonRequest({}), '9.9.9.9', d)).status).toBe(422);
    const r = response(await verwerkAanbod(jsonRequest(geldigeInvoer()), '9.9.9.9', d));
    expect(r.status).toBe(429);
    expect(r.headers.get('retry-after')).toMatch(/^[0-9]+$/);
    expect((await r.json()).melding).toMatch(/te vaak/);
    expect(response(await verwerkAanbod(jsonRequest(geldigeInvoer()), '8.8.8.8', d)).status).toBe(200);
  });

  it('refuses a body over 32 KB with 413, also without a content-length header', async () => {
    const groot = JSON.stringify(geldigeInvoer({ opmerkingen: 'x'.repeat(33 * 1024) }));
    expect(response(await verwerkAanbod(jsonRequest(groot), 'ip', deps())).status).toBe(413);
    const stroom = new Request('http://localhost/api/aanbod', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: new Blob([groot]).stream(),
      duplex: 'half',
    } as RequestInit);
    expect(response(await verwerkAanbod(stroom, 'ip', deps())).status).toBe(413);
    expect(fake.state.verzoeken).toHaveLength(0);
  });

  it.each(['text/plain', 'multipart/form-data; boundary=x', ''])('refuses content type %j with 415', async (type) => {
    const request = new Request('http://localhost/api/aanbod', { method: 'POST', headers: type ? { 'content-type': type } : {}, body: 'a=b' });
    expect(response(await verwerkAanbod(request, 'ip', deps())).status).toBe(415);
  });

  it.each(['{not json', '[]', 'null', '"tekst"'])('answers 400 for the JSON body %j', async (body) => {
    expect(response(await verwerkAanbod(jsonRequest(body), 'ip', deps())).status).toBe(400);
  });
});

describe('verwerkAanbod with a form (no JavaScript)', () => {
  it('redirects to the thank-you page with 303', async () => {
    const r = response(await verwerkAanbod(formRequest(geldigeInvoer()), 'ip', deps()));
    expect(r.status).toBe(303);
    expect(r.headers.get('location')).toBe('/aanbieden/bedankt/');
    expect(fake.state.verzoeken[0]!.key).toMatch(/^aanbod-inhoud-[0-9a-f]{32}-bureau$/);
  });

  it('sends once when the same answers are posted twice without a reference', async () => {
    const d = deps();
    await verwerkAanbod(formRequest(geldigeInvoer()), 'ip', d);
    await verwerkAanbod(formRequest(geldigeInvoer({ postcode: '1234 AB' })), 'ip', d);
    expect(fake.state.verzoeken).toHaveLength(2);
  });

  it('asks for the form again with every value and the errors when invalid', async () => {
    const invoer = geldigeInvoer({ email: 'fout', opmerkingen: '<b>"hoi"</b>' });
    const uitkomst = await verwerkAanbod(formRequest(invoer), 'ip', deps());
    expect('formulier' in uitkomst && uitkomst.formulier.status).toBe(422);
    if (!('formulier' in uitkomst)) return;
    expect(uitkomst.formulier.invoer).toEqual(invoer);
    expect(Object.keys(uitkomst.formulier.fouten)).toEqual(['email']);
  });

  it('asks for the form again with a "not sent" message when the provider fails', async () => {
    fake.zetMode('fail-500');
    const uitkomst = await verwerkAanbod(formRequest(geldigeInvoer()), 'ip', deps());
    expect('formulier' in uitkomst && uitkomst.formulier.status).toBe(503);
    if (!('formulier' in uitkomst)) return;
    expect(uitkomst.formulier.melding).toMatch(/NIET verstuurd/);
    expect(uitkomst.formulier.invoer.organisatie).toBe('Bakkerij De Korenschoof');
  });

  it('keeps the reference in the form shown after a provider failure, so the retry is deduplicated', async () => {
    fake.zetMode('drop');
    const d = deps();
    const uitkomst = await verwerkAanbod(formRequest(geldigeInvoer({ referentie: REF })), 'ip', d);
    if (!('formulier' in uitkomst)) throw new Error('expected the form again');
    expect(uitkomst.formulier.invoer.referentie).toBe(REF);
    fake.zetMode('ok');
    await verwerkAanbod(formRequest(uitkomst.formulier.invoer), 'ip', d);
    expect(fake.state.verzoeken.filter((v) => v.key === `aanbod-${REF}-bureau`)).toHaveLength(2);
    expect(fake.state.verstuurd.size).toBe(2);
  });

  it('shows the form again with a Dutch message and every value when the client sent too often', async () => {
    const d = deps({ rateLimiter: new RateLimiter(1, 60_000) });
    await verwerkAanbod(formRequest(geldigeInvoer()), '7.7.7.7', d);
    const uitkomst = await verwerkAanbod(formRequest(geldigeInvoer({ organisatie: 'Tweede BV' })), '7.7.7.7', d);
    expect('formulier' in uitkomst && uitkomst.formulier.status).toBe(429);
    if (!('formulier' in uitkomst)) return;
    expect(uitkomst.formulier.melding).toMatch(/te vaak/);
    expect(uitkomst.formulier.invoer.organisatie).toBe('Tweede BV');
    expect(fake.state.verzoeken).toHaveLength(2);
  });
});
