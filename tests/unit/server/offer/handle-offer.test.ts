import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fixtureBureau as bureau } from '../../../support/fixture-bureau';
import { OFFER_MESSAGES } from '../../../../src/lib/offer/messages';
import { RateLimiter } from '../../../../src/lib/offer/rate-limiter';
import type { OfferInput } from '../../../../src/lib/offer/fields';
import { createWebhookSender } from '../../../../src/server/delivery/webhook-sender';
import { DeduplicatingTransport } from '../../../../src/server/mail/deduplicating-transport';
import { ResendTransport } from '../../../../src/server/mail/resend-transport';
import {
  handleOfferRequest,
  type OfferDependencies,
  type OfferOutcome,
} from '../../../../src/server/offer/handle-offer';
import { offerCopySchema } from '../../../../src/schemas/offer-copy';
import { startFakeResend } from '../../../support/fake-resend.mjs';
import { startFakeWebhook, TEST_WEBHOOK_SECRET } from '../../../support/fake-webhook.mjs';
import { validInput } from '../../../support/offer-fixture';

let resend: Awaited<ReturnType<typeof startFakeResend>>;
let webhook: Awaited<ReturnType<typeof startFakeWebhook>>;

beforeAll(async () => {
  resend = await startFakeResend();
  webhook = await startFakeWebhook();
});
afterAll(async () => {
  await resend.close();
  await webhook.close();
});
beforeEach(() => {
  resend.reset();
  resend.setMode('ok');
  resend.setDelay(0);
  webhook.reset();
  webhook.setMode('ok');
});

const sectors = [{ id: 'horeca', naam: 'Horeca en catering' }];
const REF = '3b241101-e2bb-4255-8caf-4136c566a962';

function deps(
  overrides: Partial<OfferDependencies> & { withWebhook?: boolean } = {},
): OfferDependencies & { lines: string[] } {
  const lines: string[] = [];
  const { withWebhook, ...rest } = overrides;
  return {
    mail: new DeduplicatingTransport(new ResendTransport('re_test_123', resend.url)),
    webhook: withWebhook ? createWebhookSender({ url: webhook.url, secret: TEST_WEBHOOK_SECRET }) : undefined,
    rateLimiter: new RateLimiter(100, 60_000),
    bureau,
    sectors,
    recipients: ['aanbod@bureau.example'],
    sender: 'Bureau <website@bureau.example>',
    today: () => '2026-06-15',
    log: (line) => lines.push(line),
    lines,
    ...rest,
  };
}

function jsonRequest(body: unknown): Request {
  return new Request('http://localhost/api/aanbod', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

function formRequest(input: Partial<OfferInput>): Request {
  return new Request('http://localhost/api/aanbod', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(input as Record<string, string>).toString(),
  });
}

function response(outcome: OfferOutcome): Response {
  if (!('response' in outcome)) throw new Error(`expected a response, got the page ${outcome.page.kind}`);
  return outcome.response;
}

function page(outcome: OfferOutcome) {
  if (!('page' in outcome)) throw new Error(`expected a page, got status ${outcome.response.status}`);
  return outcome.page;
}

describe('an offer sent as JSON', () => {
  it('sends the notification with its JSON copy and the confirmation, and answers 200 with the reference and the answers', async () => {
    const d = deps();
    const r = response(await handleOfferRequest(jsonRequest(validInput({ referentie: REF })), '203.0.113.9', d));
    expect(r.status).toBe(200);
    const body = await r.json();
    expect(body.ok).toBe(true);
    expect(body.referentie).toBe(REF);
    expect(body.antwoorden).toContainEqual({ label: 'Postcode van de werkplek', value: '1234 AB' });
    expect(body.antwoorden).toContainEqual({ label: 'Sector', value: 'Horeca en catering' });
    expect(resend.state.requests.map((v) => v.key)).toEqual([`aanbod-${REF}-bureau`, `aanbod-${REF}-bevestiging`]);
    const [notification, confirmation] = resend.state.requests.map((v) => v.body);
    expect(notification.to).toEqual(['aanbod@bureau.example']);
    expect(notification.reply_to).toBe('anna@korenschoof.example');
    expect(notification.subject).toBe(
      'Nieuw aanbod werkervaringsplaats: Medewerker bakkerij bij Bakkerij De Korenschoof',
    );
    const copy = JSON.parse(Buffer.from(notification.attachments[0].content, 'base64').toString('utf8'));
    expect(notification.attachments[0].filename).toBe(`aanbod-${REF}.json`);
    expect(offerCopySchema.parse(copy).contactpersoon.telefoon).toBe('+31612345678');
    expect(confirmation.to).toEqual(['anna@korenschoof.example']);
    expect(confirmation.text).not.toContain('Anna de Vries');
    expect(confirmation.text).not.toContain('Bakkerij De Korenschoof');
    expect(d.lines).toContain(`200 client=203.0.113.9 ref=${REF}`);
  });

  it.each([
    ['fail-422', 503],
    ['fail-429', 503],
    ['fail-500', 504],
    ['drop', 504],
  ] as const)('sends no confirmation when the provider says %s, and answers %s', async (mode, status) => {
    resend.setMode(mode);
    const d = deps();
    const r = response(await handleOfferRequest(jsonRequest(validInput({ referentie: REF })), '1.1.1.1', d));
    expect(r.status).toBe(status);
    const body = await r.json();
    expect(body).toEqual({ ok: false, melding: OFFER_MESSAGES[status], referentie: REF });
    expect(resend.state.requests).toHaveLength(1);
    expect(resend.state.sent.size).toBe(0);
    expect(d.lines.join('\n')).toMatch(/niet \(zeker\) afgeleverd/);
  });

  it('answers within the deadline when the provider hangs, says honestly that it is not sure, and a retry is delivered once', async () => {
    resend.setDelay(400);
    const d = deps({ deadlineMs: 300 });
    const started = Date.now();
    const r = response(await handleOfferRequest(jsonRequest(validInput({ referentie: REF })), 'ip', d));
    expect(Date.now() - started).toBeLessThan(350);
    expect(r.status).toBe(504);
    expect((await r.json()).melding).toMatch(/niet zeker .*veilig/);
    // The provider accepts the late mail after all; the visitor retries with the same reference.
    await new Promise((resolve) => setTimeout(resolve, 250));
    resend.setDelay(0);
    const retry = response(await handleOfferRequest(jsonRequest(validInput({ referentie: REF })), 'ip', deps()));
    expect(retry.status).toBe(200);
    expect([...resend.state.sent.keys()].filter((key) => key.endsWith('-bureau'))).toEqual([`aanbod-${REF}-bureau`]);
  });

  it('never lets a slow confirmation hold the answer past the deadline', async () => {
    const d = deps({ deadlineMs: 1_000 });
    const slowConfirmation = d.mail;
    d.mail = {
      name: 'test',
      send: (message, key) =>
        key.endsWith('bevestiging') ? new Promise(() => {}) : slowConfirmation.send(message, key),
    };
    const started = Date.now();
    expect(response(await handleOfferRequest(jsonRequest(validInput({ referentie: REF })), 'ip', d)).status).toBe(200);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('retries after a provider failure and then succeeds once', async () => {
    const d = deps();
    resend.setMode('fail-422');
    expect(response(await handleOfferRequest(jsonRequest(validInput({ referentie: REF })), 'ip', d)).status).toBe(503);
    resend.setMode('ok');
    expect(response(await handleOfferRequest(jsonRequest(validInput({ referentie: REF })), 'ip', d)).status).toBe(200);
    expect(resend.state.sent.size).toBe(2);
  });

  it('sends each message once for a double submission with the same reference', async () => {
    const d = deps();
    const answers = await Promise.all(
      [1, 2, 3].map(() => handleOfferRequest(jsonRequest(validInput({ referentie: REF })), 'ip', d)),
    );
    expect(answers.map((a) => response(a).status)).toEqual([200, 200, 200]);
    expect(resend.state.requests).toHaveLength(2);
    // A later retry (e.g. after a restart, new process memory) is deduplicated by the provider's idempotency key.
    await handleOfferRequest(jsonRequest(validInput({ referentie: REF })), 'ip', deps());
    expect(resend.state.sent.size).toBe(2);
  });

  it('answers 422 with one message per wrong field', async () => {
    const r = response(await handleOfferRequest(jsonRequest(validInput({ kvk: '123', privacy: '' })), 'ip', deps()));
    expect(r.status).toBe(422);
    const body = await r.json();
    expect(body.ok).toBe(false);
    expect(Object.keys(body.fouten)).toEqual(['kvk', 'privacy']);
    expect(resend.state.requests).toHaveLength(0);
  });

  it('answers success for a filled honeypot but sends nothing', async () => {
    const r = response(
      await handleOfferRequest(jsonRequest(validInput({ website: 'https://spam.example' })), 'ip', deps()),
    );
    expect(r.status).toBe(200);
    expect((await r.json()).ok).toBe(true);
    expect(resend.state.requests).toHaveLength(0);
  });

  it('limits the offers per client with a Dutch 429, but never counts answers that had to be corrected', async () => {
    const d = deps({ rateLimiter: new RateLimiter(2, 60_000) });
    for (let i = 0; i < 5; i++)
      expect(response(await handleOfferRequest(jsonRequest({}), '9.9.9.9', d)).status).toBe(422);
    for (let i = 0; i < 2; i++)
      expect(
        response(await handleOfferRequest(jsonRequest(validInput({ organisatie: `Org ${i}` })), '9.9.9.9', d)).status,
      ).toBe(200);
    const r = response(await handleOfferRequest(jsonRequest(validInput()), '9.9.9.9', d));
    expect(r.status).toBe(429);
    expect(r.headers.get('retry-after')).toMatch(/^[0-9]+$/);
    expect((await r.json()).melding).toMatch(/te vaak/);
    expect(response(await handleOfferRequest(jsonRequest(validInput()), '8.8.8.8', d)).status).toBe(200);
  });

  it('refuses a body far over the largest valid offer with 413 and closes the connection, also without a content-length', async () => {
    const big = JSON.stringify(validInput({ opmerkingen: 'x'.repeat(300 * 1024) }));
    const r = response(await handleOfferRequest(jsonRequest(big), 'ip', deps()));
    expect(r.status).toBe(413);
    expect(r.headers.get('connection')).toBe('close');
    const stream = new Request('http://localhost/api/aanbod', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: new Blob([big]).stream(),
      duplex: 'half',
    } as RequestInit);
    expect(response(await handleOfferRequest(stream, 'ip', deps())).status).toBe(413);
    expect(resend.state.requests).toHaveLength(0);
  });

  it('accepts the largest valid offer typed entirely in "€", in both encodings', async () => {
    const euros = validInput({
      werkzaamheden: '€'.repeat(4000),
      aanpassingen: '€'.repeat(2000),
      opmerkingen: '€'.repeat(2000),
      organisatie: '€'.repeat(200),
    });
    const escaped = JSON.stringify(euros).replace(/€/g, '\\u20ac');
    expect(response(await handleOfferRequest(jsonRequest(escaped), 'ip', deps())).status).toBe(200);
    expect(
      page(await handleOfferRequest(formRequest({ ...euros, organisatie: 'Ander €'.repeat(20) }), 'ip', deps())).kind,
    ).toBe('received');
  });

  it('answers 408 to a body that stalls', async () => {
    const stalled = new Request('http://localhost/api/aanbod', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: new ReadableStream({ start: (c) => c.enqueue(new TextEncoder().encode('{"organisatie":')) }),
      duplex: 'half',
    } as RequestInit);
    const r = response(await handleOfferRequest(stalled, 'ip', deps({ bodyTimeoutMs: 100 })));
    expect(r.status).toBe(408);
    expect((await r.json()).melding).toBe(OFFER_MESSAGES[408]);
  });

  it.each(['text/plain', 'multipart/form-data; boundary=x', ''])('refuses content type %j with 415', async (type) => {
    const request = new Request('http://localhost/api/aanbod', {
      method: 'POST',
      headers: type ? { 'content-type': type } : {},
      body: 'a=b',
    });
    expect(response(await handleOfferRequest(request, 'ip', deps())).status).toBe(415);
  });

  it.each(['{not json', '[]', 'null', '"tekst"'])('answers 400 for the JSON body %j', async (body) => {
    expect(response(await handleOfferRequest(jsonRequest(body), 'ip', deps())).status).toBe(400);
  });

  it('keeps bidi overrides and control characters out of both mails and the subject', async () => {
    await handleOfferRequest(
      jsonRequest(validInput({ functie: 'Kok \u202eenilno\u0000', organisatie: 'Eet\u2066 Café' })),
      'ip',
      deps(),
    );
    for (const request of resend.state.requests) {
      const all = JSON.stringify(request.body);
      expect(all).not.toMatch(/\\u202e|\\u2066|\\u0000|\u202e|\u2066/);
    }
    expect(resend.state.requests[0]!.body.subject).toBe('Nieuw aanbod werkervaringsplaats: Kok enilno bij Eet Café');
  });
});

describe('the signed webhook', () => {
  it('receives the same JSON copy as the mail, signed, with the reference as webhook-id', async () => {
    const r = response(
      await handleOfferRequest(jsonRequest(validInput({ referentie: REF })), 'ip', deps({ withWebhook: true })),
    );
    expect(r.status).toBe(200);
    const [delivery] = webhook.state.deliveries;
    expect(delivery).toMatchObject({ id: REF, verified: true });
    const attached = Buffer.from(resend.state.requests[0]!.body.attachments[0].content, 'base64').toString('utf8');
    expect(delivery!.body).toBe(attached);
  });

  it('counts the offer as delivered only when the webhook accepted it too; the retry sends the same webhook-id and no second mail', async () => {
    const d = deps({ withWebhook: true });
    webhook.setMode('fail-400');
    const first = response(await handleOfferRequest(jsonRequest(validInput({ referentie: REF })), 'ip', d));
    expect(first.status).toBe(503);
    expect(resend.state.requests.filter((v) => v.key?.endsWith('-bevestiging'))).toHaveLength(0);
    webhook.setMode('ok');
    expect(response(await handleOfferRequest(jsonRequest(validInput({ referentie: REF })), 'ip', d)).status).toBe(200);
    expect(webhook.state.deliveries.map((x) => x.id)).toEqual([REF, REF]);
    expect(webhook.state.accepted.size).toBe(1);
    expect(resend.state.requests.filter((v) => v.key?.endsWith('-bureau'))).toHaveLength(1);
  });

  it('says "not sure" when the webhook does not answer in time', async () => {
    webhook.setMode('hang');
    const r = response(
      await handleOfferRequest(
        jsonRequest(validInput({ referentie: REF })),
        'ip',
        deps({ withWebhook: true, deadlineMs: 400 }),
      ),
    );
    expect(r.status).toBe(504);
  });
});

describe('an offer sent as a form (no JavaScript)', () => {
  it('shows the thank-you page with the reference and a copy of the answers', async () => {
    const state = page(await handleOfferRequest(formRequest(validInput()), 'ip', deps()));
    expect(state.kind).toBe('received');
    if (state.kind !== 'received') return;
    expect(state.reference).toMatch(/^inhoud-[0-9a-f]{32}$/);
    expect(state.answers).toContainEqual({ label: 'Naam van de organisatie', value: 'Bakkerij De Korenschoof' });
    expect(resend.state.requests[0]!.key).toBe(`aanbod-${state.reference}-bureau`);
  });

  it('sends once when the same answers are posted twice without a reference', async () => {
    const d = deps();
    await handleOfferRequest(formRequest(validInput()), 'ip', d);
    await handleOfferRequest(formRequest(validInput({ postcode: '1234 AB' })), 'ip', d);
    expect(resend.state.requests).toHaveLength(2);
  });

  it('asks for the form again with every value and the errors when invalid', async () => {
    const input = validInput({ email: 'fout', opmerkingen: '<b>"hoi"</b>' });
    const state = page(await handleOfferRequest(formRequest(input), 'ip', deps()));
    expect(state).toMatchObject({ kind: 'form', status: 422, input });
    if (state.kind === 'form') expect(Object.keys(state.errors)).toEqual(['email']);
  });

  it('asks for the form again with a "not sent" message when the provider refuses', async () => {
    resend.setMode('fail-422');
    const state = page(await handleOfferRequest(formRequest(validInput()), 'ip', deps()));
    expect(state).toMatchObject({ kind: 'form', status: 503, message: OFFER_MESSAGES[503] });
    if (state.kind === 'form') expect(state.input.organisatie).toBe('Bakkerij De Korenschoof');
  });

  it('keeps the reference in the form after an uncertain outcome, so the retry is deduplicated', async () => {
    resend.setMode('drop');
    const d = deps();
    const state = page(await handleOfferRequest(formRequest(validInput({ referentie: REF })), 'ip', d));
    if (state.kind !== 'form') throw new Error('expected the form again');
    expect(state.status).toBe(504);
    expect(state.message).toBe(OFFER_MESSAGES[504]);
    expect(state.input.referentie).toBe(REF);
    resend.setMode('ok');
    await handleOfferRequest(formRequest(state.input), 'ip', d);
    expect(resend.state.requests.filter((v) => v.key === `aanbod-${REF}-bureau`)).toHaveLength(2);
    expect(resend.state.sent.size).toBe(2);
  });

  it('shows the form again with a Dutch message and every value when the client sent too often', async () => {
    const d = deps({ rateLimiter: new RateLimiter(1, 60_000) });
    await handleOfferRequest(formRequest(validInput()), '7.7.7.7', d);
    const state = page(await handleOfferRequest(formRequest(validInput({ organisatie: 'Tweede BV' })), '7.7.7.7', d));
    expect(state).toMatchObject({ kind: 'form', status: 429, message: OFFER_MESSAGES[429] });
    if (state.kind === 'form') expect(state.input.organisatie).toBe('Tweede BV');
    expect(resend.state.requests).toHaveLength(2);
  });

  it('shows the empty form with the 413 message when the body is far too large', async () => {
    const state = page(
      await handleOfferRequest(formRequest(validInput({ opmerkingen: 'x'.repeat(300 * 1024) })), 'ip', deps()),
    );
    expect(state).toMatchObject({ kind: 'form', status: 413, message: OFFER_MESSAGES[413] });
  });
});
