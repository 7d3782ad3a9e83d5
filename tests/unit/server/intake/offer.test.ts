// POST /api/aanbod through the shared intake pipeline, with the real Resend SDK against the local fake Resend (which
// answers idempotency keys like the real API) and the real webhook sender against the local fake receiver.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { intakeMessages } from '../../../../src/lib/intake/messages';
import { parseReference } from '../../../../src/lib/intake/reference';
import { RateLimiter } from '../../../../src/lib/intake/rate-limiter';
import { createOfferIntake } from '../../../../src/lib/offer/intake';
import { offerCopySchema } from '../../../../src/schemas/offer-copy';
import { startFakeResend } from '../../../support/fake-resend.mjs';
import { startFakeWebhook } from '../../../support/fake-webhook.mjs';
import { formRequest, jsonRequest, page, response, submit, testDependencies } from '../../../support/intake-harness';
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

const offer = createOfferIntake([{ id: 'horeca', naam: 'Horeca en catering' }]);
const MESSAGES = intakeMessages('aanbod');
/** Background retries, quick but spread enough that a fake switched back to working is reached on a busy machine. */
const RETRIES = [50, 100, 200, 400, 800, 1_600];
/** A valid offer reference (prefix WP, check character 7). */
const REF = 'WP-4F7K-27';

const deps = (overrides: Parameters<typeof testDependencies>[2] & { withWebhook?: boolean } = {}) => {
  const { withWebhook, ...rest } = overrides;
  return testDependencies(offer, { resendUrl: resend.url, webhookUrl: withWebhook ? webhook.url : undefined }, rest);
};
const send = (body: unknown, d = deps(), client = '203.0.113.9') => submit(offer, jsonRequest(body), d, client);
const sendForm = (input: Record<string, string>, d = deps(), client = '203.0.113.9') =>
  submit(offer, formRequest(input), d, client);
const bureauMails = () => resend.state.requests.filter((r) => r.key?.endsWith('-bureau'));

describe('an offer sent as JSON', () => {
  it('sends the notification with its JSON copy and the confirmation, and answers 200 with the reference and the answers', async () => {
    const d = deps();
    const r = response(await send(validInput({ referentie: REF }), d));
    expect(r.status).toBe(200);
    const body = await r.json();
    expect(body.ok).toBe(true);
    expect(body.referentie).toBe(REF);
    expect(body.antwoorden).toContainEqual({ label: 'Postcode van de werkplek', value: '1234 AB' });
    expect(body.antwoorden).toContainEqual({ label: 'Sector', value: 'Horeca en catering' });
    expect(resend.state.requests.map((v) => v.key)).toEqual([`aanbod-${REF}-bureau`, `aanbod-${REF}-bevestiging`]);
    const [notification, confirmation] = resend.state.requests.map((v) => v.body);
    expect(notification.to).toEqual(['ontvanger@bureau.example']);
    expect(notification.reply_to).toBe('anna@korenschoof.example');
    expect(notification.subject).toBe(
      'Nieuw aanbod werkervaringsplaats: Medewerker bakkerij bij Bakkerij De Korenschoof',
    );
    const copy = JSON.parse(Buffer.from(notification.attachments[0].content, 'base64').toString('utf8'));
    expect(notification.attachments[0].filename).toBe(`aanbod-${REF}.json`);
    expect(offerCopySchema.parse(copy).contactpersoon.telefoon).toBe('+31612345678');
    expect(confirmation.to).toEqual(['anna@korenschoof.example']);
    expect(confirmation.text).toContain(`Uw referentie: ${REF}`);
    expect(confirmation.text).not.toContain('Anna de Vries');
    expect(confirmation.text).not.toContain('Bakkerij De Korenschoof');
    expect(d.lines).toContain(`200 client=203.0.113.9 ref=${REF}`);
  });

  it('takes the reference however it was typed and answers with its canonical form', async () => {
    const body = await response(await send(validInput({ referentie: ' wp 4f7k 27 ' }))).json();
    expect(body.referentie).toBe(REF);
  });

  it.each([
    ['a UUID (the old format)', '3b241101-e2bb-4255-8caf-4136c566a962'],
    ['a wrong check character', 'WP-4F7K-28'],
    ['the prefix of another intake', 'AV-7KQ3-MP'],
    ['symbols outside the alphabet', 'WP-0O1I-L2'],
  ])('refuses %s as reference with a Dutch 400 and sends nothing', async (_, reference) => {
    const r = response(await send(validInput({ referentie: reference })));
    expect(r.status).toBe(400);
    expect((await r.json()).melding).toBe(MESSAGES.badReference);
    expect(resend.state.requests).toHaveLength(0);
  });

  it.each([
    ['fail-422', 503, MESSAGES.notSent],
    ['fail-429', 503, MESSAGES.notSent],
    // L3: a provider error answered at once is not "too slow", and a dropped connection says so.
    ['fail-500', 504, MESSAGES.notSure('server-error')],
    ['drop', 504, MESSAGES.notSure('connection')],
  ] as const)(
    'sends no confirmation when the provider says %s, and answers %s with its own cause',
    async (mode, status, text) => {
      resend.setMode(mode);
      const d = deps();
      const r = response(await send(validInput({ referentie: REF }), d));
      expect(r.status).toBe(status);
      expect(await r.json()).toEqual({ ok: false, melding: text, referentie: REF });
      expect(resend.state.requests).toHaveLength(1);
      expect(resend.state.sent.size).toBe(0);
      expect(d.lines.join('\n')).toMatch(/niet (zeker )?afgeleverd/);
    },
  );

  it('says a time-out was a time-out (L3)', async () => {
    resend.setMode('hang');
    const r = response(await send(validInput({ referentie: REF }), deps({ deadlineMs: 400 })));
    expect(r.status).toBe(504);
    expect((await r.json()).melding).toBe(MESSAGES.notSure('timeout'));
    expect(MESSAGES.notSure('timeout')).not.toBe(MESSAGES.notSure('server-error'));
  });

  it('aborts a hung provider at the deadline, and a retry starts a fresh attempt that is delivered once (M3)', async () => {
    resend.setMode('hang');
    const d = deps({ deadlineMs: 400 });
    const started = Date.now();
    expect(response(await send(validInput({ referentie: REF }), d)).status).toBe(504);
    expect(Date.now() - started).toBeLessThan(1_000);
    // The provider noticed the aborted call and dropped it; it works again.
    await expect.poll(() => resend.state.inProgress.size, { timeout: 5_000 }).toBe(0);
    resend.setMode('ok');
    const retried = Date.now();
    const retry = response(await send(validInput({ referentie: REF }), d));
    expect(retry.status).toBe(200);
    expect(Date.now() - retried).toBeLessThan(1_000);
    expect([...resend.state.sent.keys()]).toEqual([`aanbod-${REF}-bureau`, `aanbod-${REF}-bevestiging`]);
  });

  it('when a slow provider sends after the deadline after all, the retry gets that mail instead of a second one', async () => {
    resend.setDelay(1_500);
    const d = deps({ deadlineMs: 350 });
    const r = response(await send(validInput({ referentie: REF }), d));
    // Answered before the provider finished.
    expect(resend.state.sent.size).toBe(0);
    expect(r.status).toBe(504);
    expect((await r.json()).melding).toMatch(/niet zeker .*veilig/);
    await expect.poll(() => resend.state.sent.size, { timeout: 5_000 }).toBe(1);
    resend.setDelay(0);
    expect(response(await send(validInput({ referentie: REF }), d)).status).toBe(200);
    expect(bureauMails().map((m) => m.key)).toEqual([`aanbod-${REF}-bureau`, `aanbod-${REF}-bureau`]);
    expect([...resend.state.sent.keys()].filter((key) => key.endsWith('-bureau'))).toEqual([`aanbod-${REF}-bureau`]);
  });

  it('never lets a slow confirmation hold the answer past the deadline', async () => {
    const d = deps({ deadlineMs: 1_000 });
    const inner = d.mail;
    d.mail = {
      name: 'test',
      send: (message, key, signal) =>
        key.endsWith('bevestiging') ? new Promise(() => {}) : inner.send(message, key, signal),
    };
    const started = Date.now();
    expect(response(await send(validInput({ referentie: REF }), d)).status).toBe(200);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('retries after a provider failure and then succeeds once', async () => {
    const d = deps();
    resend.setMode('fail-422');
    expect(response(await send(validInput({ referentie: REF }), d)).status).toBe(503);
    resend.setMode('ok');
    expect(response(await send(validInput({ referentie: REF }), d)).status).toBe(200);
    expect(resend.state.sent.size).toBe(2);
  });

  it('sends each message once for a double submission with the same reference, also after a restart', async () => {
    const d = deps();
    const answers = await Promise.all([1, 2, 3].map(() => send(validInput({ referentie: REF }), d)));
    expect(answers.map((a) => response(a).status)).toEqual([200, 200, 200]);
    expect(resend.state.requests).toHaveLength(2);
    // A later retry in a new process is deduplicated by the provider's idempotency key.
    expect(response(await send(validInput({ referentie: REF }), deps())).status).toBe(200);
    expect(resend.state.sent.size).toBe(2);
  });

  it('never answers 200 for a reused reference with other content: 409 in Dutch, nothing sent (M4)', async () => {
    const d = deps();
    expect(response(await send(validInput({ referentie: REF }), d)).status).toBe(200);
    const other = validInput({ referentie: REF, organisatie: 'Een heel ander bedrijf' });
    // In the same process (the deduplicating transport) and after a restart (the provider's 409).
    for (const attempt of [d, deps()]) {
      const r = response(await send(other, attempt));
      expect(r.status).toBe(409);
      expect(await r.json()).toEqual({ ok: false, melding: MESSAGES.conflict, referentie: REF });
    }
    expect(resend.state.sent.size).toBe(2);
    expect(resend.state.sent.get(`aanbod-${REF}-bureau`)?.body.subject).toMatch(/Bakkerij De Korenschoof$/);
    expect(resend.state.requests.filter((r) => r.key?.endsWith('-bevestiging'))).toHaveLength(1);
  });

  it('answers 422 with one message per wrong field', async () => {
    const r = response(await send(validInput({ kvk: '123', privacy: '' })));
    expect(r.status).toBe(422);
    const body = await r.json();
    expect(body.ok).toBe(false);
    expect(Object.keys(body.fouten)).toEqual(['kvk', 'privacy']);
    expect(resend.state.requests).toHaveLength(0);
  });

  it('answers success for a filled honeypot but sends nothing', async () => {
    const r = response(await send(validInput({ website: 'https://spam.example' })));
    expect(r.status).toBe(200);
    expect((await r.json()).ok).toBe(true);
    expect(resend.state.requests).toHaveLength(0);
  });

  it('limits the offers per client with a Dutch 429 and Retry-After, but never counts answers that had to be corrected', async () => {
    const d = deps({ rateLimiter: new RateLimiter(2, 600_000) });
    for (let i = 0; i < 5; i++) expect(response(await send({}, d, '9.9.9.9')).status).toBe(422);
    for (let i = 0; i < 2; i++)
      expect(response(await send(validInput({ organisatie: `Org ${i}` }), d, '9.9.9.9')).status).toBe(200);
    const r = response(await send(validInput(), d, '9.9.9.9'));
    expect(r.status).toBe(429);
    expect(r.headers.get('retry-after')).toMatch(/^[0-9]+$/);
    expect((await r.json()).melding).toBe(MESSAGES.tooMany(Number(r.headers.get('retry-after'))));
    expect(MESSAGES.tooMany(600)).toMatch(/te vaak .*over 10 minuten/);
    expect(response(await send(validInput(), d, '8.8.8.8')).status).toBe(200);
  });

  it('refuses a body far over the largest valid offer with 413 and closes the connection, also without a content-length', async () => {
    const big = JSON.stringify(validInput({ opmerkingen: 'x'.repeat(300 * 1024) }));
    const r = response(await send(big));
    expect(r.status).toBe(413);
    expect(r.headers.get('connection')).toBe('close');
    const stream = new Request('http://localhost/api/aanbod', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: new Blob([big]).stream(),
      duplex: 'half',
    } as RequestInit);
    expect(response(await submit(offer, stream, deps())).status).toBe(413);
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
    expect(response(await send(escaped)).status).toBe(200);
    expect(page(await sendForm({ ...euros, organisatie: 'Ander €'.repeat(20) })).page.kind).toBe('received');
  });

  it('answers 408 to a body that stalls', async () => {
    const stalled = new Request('http://localhost/api/aanbod', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: new ReadableStream({ start: (c) => c.enqueue(new TextEncoder().encode('{"organisatie":')) }),
      duplex: 'half',
    } as RequestInit);
    const r = response(await submit(offer, stalled, deps({ bodyTimeoutMs: 100 })));
    expect(r.status).toBe(408);
    expect((await r.json()).melding).toBe(MESSAGES.tooSlow);
  });

  it.each(['text/plain', 'multipart/form-data; boundary=x', ''])('refuses content type %j with 415', async (type) => {
    const request = new Request('http://localhost/api/aanbod', {
      method: 'POST',
      headers: type ? { 'content-type': type } : {},
      body: 'a=b',
    });
    expect(response(await submit(offer, request, deps())).status).toBe(415);
  });

  it.each(['{not json', '[]', 'null', '"tekst"'])('answers 400 for the JSON body %j', async (body) => {
    expect(response(await send(body)).status).toBe(400);
  });

  it('keeps every invisible format character and lone surrogate out of the subject, both mails, the copy and the webhook (L4)', async () => {
    const invisible = [
      '\u200b',
      '\u200c',
      '\u200d',
      '\u200e',
      '\u200f',
      '\u061c',
      '\u2060',
      '\u180e',
      '\u202e',
      '\u2066',
    ];
    const r = response(
      await send(
        validInput({
          referentie: REF,
          functie: `Kok ${invisible.join('')}\u0000online`,
          organisatie: 'Eet\ud800 Café\udfff',
          opmerkingen: `Graag${invisible.join('')}\nmet\u200b een regel`,
        }),
        deps({ withWebhook: true }),
      ),
    );
    expect(r.status).toBe(200);
    expect(JSON.stringify(await r.json())).not.toMatch(
      /\\u200[b-f]|\\u061c|\\u2060|\\u180e|\\u202e|\\u2066|\\ud800|\\udfff/,
    );
    const seen = [
      ...resend.state.requests.map((request) => ({
        ...request.body,
        attachments: request.body.attachments?.map((a: { content: string }) =>
          Buffer.from(a.content, 'base64').toString('utf8'),
        ),
      })),
      webhook.state.deliveries[0]!.body,
    ];
    expect(seen).toHaveLength(3);
    for (const item of seen) {
      const text = typeof item === 'string' ? item : JSON.stringify(item);
      expect(text.replace(/\\u[0-9a-f]{4}/g, (u) => JSON.parse(`"${u}"`))).not.toMatch(/\p{Cf}|\p{Cs}/u);
    }
    expect(resend.state.requests[0]!.body.subject).toBe('Nieuw aanbod werkervaringsplaats: Kok online bij Eet Café');
  });
});

describe('the signed webhook', () => {
  it('receives the same JSON copy as the mail, signed, with the reference as webhook-id and the event type', async () => {
    const r = response(await send(validInput({ referentie: REF }), deps({ withWebhook: true })));
    expect(r.status).toBe(200);
    const [delivery] = webhook.state.deliveries;
    expect(delivery).toMatchObject({ id: REF, eventType: 'aanbod.ontvangen', verified: true });
    const attached = Buffer.from(resend.state.requests[0]!.body.attachments[0].content, 'base64').toString('utf8');
    expect(delivery!.body).toBe(attached);
    // The payload is exactly the offer's JSON copy: existing receivers read it as before.
    expect(offerCopySchema.parse(JSON.parse(delivery!.body)).referentie).toBe(REF);
  });

  it('when the webhook refuses but the mail arrived: 202 "received", never "send it by e-mail", and the server retries the webhook (L2)', async () => {
    webhook.setMode('fail-400');
    const d = deps({ withWebhook: true, retryDelaysMs: RETRIES });
    const r = response(await send(validInput({ referentie: REF }), d));
    // The receiver recovers after the answer; the server finishes what is missing.
    webhook.setMode('ok');
    expect(r.status).toBe(202);
    const body = await r.json();
    expect(body).toMatchObject({ ok: true, referentie: REF, melding: MESSAGES.partlyDelivered });
    expect(body.melding).not.toMatch(/e-mail|NIET/);
    expect(resend.state.requests.filter((v) => v.key?.endsWith('-bevestiging'))).toHaveLength(1);
    await expect.poll(() => webhook.state.accepted.size, { timeout: 5_000 }).toBe(1);
    expect(webhook.state.deliveries.length).toBeGreaterThanOrEqual(2);
    await expect.poll(() => d.retries!.pending, { timeout: 5_000 }).toBe(0);
    expect(webhook.state.deliveries.every((x) => x.id === REF)).toBe(true);
    expect(bureauMails()).toHaveLength(1);
    expect(d.lines.join('\n')).toMatch(/alsnog afgeleverd/);
  });

  it('when the mail is refused but the webhook arrived: 202 as well, and the server retries the mail once it can', async () => {
    resend.setMode('fail-422');
    const d = deps({ withWebhook: true, retryDelaysMs: RETRIES });
    const form = page(await sendForm(validInput({ referentie: REF }), d));
    resend.setMode('ok');
    expect(form.status).toBe(202);
    expect(form.page).toMatchObject({ kind: 'received', reference: REF, message: MESSAGES.partlyDelivered });
    expect(webhook.state.accepted.size).toBe(1);
    await expect.poll(() => resend.state.sent.has(`aanbod-${REF}-bureau`), { timeout: 5_000 }).toBe(true);
    await expect.poll(() => d.retries!.pending, { timeout: 5_000 }).toBe(0);
    expect([...resend.state.sent.keys()].filter((key) => key.endsWith('-bureau'))).toHaveLength(1);
    expect(webhook.state.deliveries).toHaveLength(1);
  });

  it('when both refuse, nothing arrived: 503, and then e-mail is the right advice', async () => {
    resend.setMode('fail-422');
    webhook.setMode('fail-400');
    const r = response(await send(validInput({ referentie: REF }), deps({ withWebhook: true })));
    expect(r.status).toBe(503);
    expect((await r.json()).melding).toBe(MESSAGES.notSent);
  });

  it('when the webhook does not answer in time but the mail arrived: 202, and the server sends the same webhook-id again', async () => {
    webhook.setMode('hang');
    const d = deps({ withWebhook: true, deadlineMs: 400, retryDelaysMs: RETRIES });
    expect(response(await send(validInput({ referentie: REF }), d)).status).toBe(202);
    webhook.setMode('ok');
    await expect.poll(() => webhook.state.accepted.size, { timeout: 5_000 }).toBe(1);
    expect(webhook.state.deliveries.every((x) => x.id === REF)).toBe(true);
    expect(bureauMails()).toHaveLength(1);
  });

  it('says "not sure" when neither the mail nor the webhook answers in time, and a retry is deduplicated', async () => {
    webhook.setMode('hang');
    resend.setMode('hang');
    const d = deps({ withWebhook: true, deadlineMs: 400 });
    const r = response(await send(validInput({ referentie: REF }), d));
    expect(r.status).toBe(504);
    expect((await r.json()).melding).toBe(MESSAGES.notSure('timeout'));
    await expect.poll(() => resend.state.inProgress.size, { timeout: 5_000 }).toBe(0);
    webhook.setMode('ok');
    resend.setMode('ok');
    expect(response(await send(validInput({ referentie: REF }), d)).status).toBe(200);
    expect(webhook.state.accepted.size).toBe(1);
    expect([...resend.state.sent.keys()].filter((key) => key.endsWith('-bureau'))).toEqual([`aanbod-${REF}-bureau`]);
  });
});

describe('an offer sent as a form (no JavaScript)', () => {
  it('shows the thank-you page with a short reference derived from the answers and a copy of the answers', async () => {
    const outcome = page(await sendForm(validInput()));
    expect(outcome.status).toBe(200);
    expect(outcome.headers['cache-control']).toBe('no-store');
    const state = outcome.page;
    if (state.kind !== 'received') throw new Error('expected the thank-you page');
    expect(parseReference(state.reference, 'WP')).toBe(state.reference);
    expect(state.answers).toContainEqual({ label: 'Naam van de organisatie', value: 'Bakkerij De Korenschoof' });
    expect(resend.state.sent.has(`aanbod-${state.reference}-bureau`)).toBe(true);
  });

  it('sends once when the same answers are posted twice on a day without a reference; another day is another offer', async () => {
    const d = deps();
    const first = page(await sendForm(validInput(), d)).page;
    const again = page(await sendForm(validInput({ postcode: '1234 AB' }), d)).page;
    expect(resend.state.requests).toHaveLength(2);
    expect(again.kind === 'received' && first.kind === 'received' && again.reference === first.reference).toBe(true);
    const tomorrow = page(await sendForm(validInput(), { ...d, today: () => '2026-06-16' })).page;
    expect(tomorrow.kind === 'received' && first.kind === 'received' && tomorrow.reference !== first.reference).toBe(
      true,
    );
  });

  it('asks for the form again with every value, the errors and status 422 when invalid', async () => {
    const input = validInput({ email: 'fout', opmerkingen: '<b>"hoi"</b>' });
    const outcome = page(await sendForm(input));
    expect(outcome.status).toBe(422);
    expect(outcome.page).toMatchObject({ kind: 'form', status: 422, input });
    if (outcome.page.kind === 'form') expect(Object.keys(outcome.page.errors)).toEqual(['email']);
  });

  it('asks for the form again with a "not sent" message and the reference when the provider refuses', async () => {
    resend.setMode('fail-422');
    const outcome = page(await sendForm(validInput()));
    expect(outcome.status).toBe(503);
    expect(outcome.page).toMatchObject({ kind: 'form', status: 503, message: MESSAGES.notSent });
    if (outcome.page.kind !== 'form') return;
    expect(outcome.page.input.organisatie).toBe('Bakkerij De Korenschoof');
    expect(parseReference(outcome.page.input.referentie, 'WP')).not.toBeNull();
  });

  it('keeps the reference in the form after an uncertain outcome, so the retry is deduplicated', async () => {
    resend.setMode('drop');
    const d = deps();
    const outcome = page(await sendForm(validInput({ referentie: REF }), d));
    if (outcome.page.kind !== 'form') throw new Error('expected the form again');
    expect(outcome.status).toBe(504);
    expect(outcome.page.message).toBe(MESSAGES.notSure('connection'));
    expect(outcome.page.input.referentie).toBe(REF);
    resend.setMode('ok');
    await sendForm(outcome.page.input, d);
    expect(resend.state.requests.filter((v) => v.key === `aanbod-${REF}-bureau`)).toHaveLength(2);
    expect(resend.state.sent.size).toBe(2);
  });

  it('after a 409 gives the form a fresh reference, and sending again then arrives (M4)', async () => {
    const d = deps();
    await send(validInput({ referentie: REF }), d);
    const conflict = page(await sendForm(validInput({ referentie: REF, plaats: 'Amersfoort' }), d));
    expect(conflict.status).toBe(409);
    if (conflict.page.kind !== 'form') throw new Error('expected the form again');
    expect(conflict.page.message).toBe(MESSAGES.conflict);
    expect(conflict.page.input.plaats).toBe('Amersfoort');
    const fresh = conflict.page.input.referentie;
    expect(fresh).not.toBe(REF);
    expect(parseReference(fresh, 'WP')).toBe(fresh);
    expect(page(await sendForm(conflict.page.input, d)).page).toMatchObject({ kind: 'received', reference: fresh });
  });

  it('gives the 429 page the Retry-After header (L5), with every value kept', async () => {
    const d = deps({ rateLimiter: new RateLimiter(1, 600_000) });
    await sendForm(validInput(), d, '7.7.7.7');
    const outcome = page(await sendForm(validInput({ organisatie: 'Tweede BV' }), d, '7.7.7.7'));
    expect(outcome.status).toBe(429);
    expect(outcome.headers['retry-after']).toMatch(/^[1-9][0-9]*$/);
    expect(outcome.page).toMatchObject({ kind: 'form', status: 429 });
    if (outcome.page.kind === 'form') {
      expect(outcome.page.input.organisatie).toBe('Tweede BV');
      expect(outcome.page.message).toBe(MESSAGES.tooMany(Number(outcome.headers['retry-after'])));
    }
    expect(resend.state.requests).toHaveLength(2);
  });

  it('shows the empty form with the 413 message and closes the connection when the body is far too large', async () => {
    const outcome = page(await sendForm(validInput({ opmerkingen: 'x'.repeat(300 * 1024) })));
    expect(outcome.status).toBe(413);
    expect(outcome.headers.connection).toBe('close');
    expect(outcome.page).toMatchObject({ kind: 'form', status: 413, message: MESSAGES.tooLarge });
  });

  it('after a damaged reference shows the form again with a fresh one', async () => {
    const outcome = page(await sendForm(validInput({ referentie: 'WP-4F7K-28' })));
    expect(outcome.status).toBe(400);
    if (outcome.page.kind !== 'form') throw new Error('expected the form again');
    expect(outcome.page.message).toBe(MESSAGES.badReference);
    expect(parseReference(outcome.page.input.referentie, 'WP')).toBe(outcome.page.input.referentie);
  });
});
