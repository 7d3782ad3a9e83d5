// POST /api/aanvraag through the shared intake pipeline: what the request adds (its rules, key dates, mails, copy,
// recipients and webhook event), and that the shared guarantees hold for it as they do for the offer.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { intakeMessages } from '../../../../src/lib/intake/messages';
import { RateLimiter } from '../../../../src/lib/intake/rate-limiter';
import { parseReference } from '../../../../src/lib/intake/reference';
import { createOfferIntake } from '../../../../src/lib/offer/intake';
import { createRequestIntake } from '../../../../src/lib/request/intake';
import { requestCopySchema } from '../../../../src/schemas/request-copy';
import { startFakeResend } from '../../../support/fake-resend.mjs';
import { startFakeWebhook } from '../../../support/fake-webhook.mjs';
import { formRequest, jsonRequest, page, response, submit, testDependencies } from '../../../support/intake-harness';
import { validInput } from '../../../support/offer-fixture';
import { TEST_SERVICES, validRequestInput } from '../../../support/request-fixture';

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
  webhook.reset();
  webhook.setMode('ok');
});

const intake = createRequestIntake(TEST_SERVICES);
const MESSAGES = intakeMessages('aanvraag');
/** A valid request reference (prefix AV, check character P). */
const REF = 'AV-7KQ3-MP';
const PATH = '/api/aanvraag';

const deps = (withWebhook = false) =>
  testDependencies(
    intake,
    { resendUrl: resend.url, webhookUrl: withWebhook ? webhook.url : undefined },
    { recipients: ['aanvragen@bureau.example'] },
  );
const send = (body: unknown, d = deps()) => submit(intake, jsonRequest(body, PATH), d);
const attachmentOf = (mail: { attachments: { content: string }[] }) =>
  Buffer.from(mail.attachments[0]!.content, 'base64').toString('utf8');

describe('a request sent as JSON', () => {
  it('sends the notification to the request’s own recipients with the key dates and its JSON copy, then the confirmation', async () => {
    const d = deps();
    const r = response(await send(validRequestInput({ referentie: REF }), d));
    expect(r.status).toBe(200);
    const body = await r.json();
    expect(body).toMatchObject({
      ok: true,
      referentie: REF,
      termijnen: { weekVanZiekte: 42, uitersteStart2eSpoor: '2026-10-11', wiaAanvraagUiterlijk: '2027-06-13' },
    });
    expect(body.antwoorden).toContainEqual({ label: 'Waarmee kunnen wij u helpen?', value: '2e-spoortraject' });
    expect(resend.state.requests.map((v) => v.key)).toEqual([`aanvraag-${REF}-bureau`, `aanvraag-${REF}-bevestiging`]);
    const [notification, confirmation] = resend.state.requests.map((v) => v.body);
    expect(notification.to).toEqual(['aanvragen@bureau.example']);
    expect(notification.reply_to).toBe('karin@vandijk.example');
    expect(notification.subject).toBe('Nieuwe aanvraag: 2e-spoortraject – Transport Van Dijk B.V. (ziekteweek 42)');
    expect(notification.attachments[0].filename).toBe(`aanvraag-${REF}.json`);
    const copy = requestCopySchema.parse(JSON.parse(attachmentOf(notification)));
    expect(copy).toMatchObject({ schemaVersie: 1, referentie: REF, termijnen: body.termijnen });
    expect(confirmation.to).toEqual(['karin@vandijk.example']);
    expect(confirmation.text).toContain(`Uw referentie: ${REF}`);
    expect(confirmation.text).not.toMatch(/Karin|Van Dijk|Chauffeur|week 42/);
    expect(d.lines).toContain(`200 client=203.0.113.9 ref=${REF}`);
  });

  it('posts the same copy to its own webhook with the event type aanvraag.ontvangen', async () => {
    expect(response(await send(validRequestInput({ referentie: REF }), deps(true))).status).toBe(200);
    const [delivery] = webhook.state.deliveries;
    expect(delivery).toMatchObject({ id: REF, eventType: 'aanvraag.ontvangen', verified: true });
    expect(delivery!.body).toBe(attachmentOf(resend.state.requests[0]!.body));
  });

  it('answers 422 for wrong answers with one Dutch message per field and sends nothing', async () => {
    const r = response(
      await send(validRequestInput({ dienst: 'onbekend', eerste_ziektedag: '2030-01-01', werknemer_geinformeerd: '' })),
    );
    expect(r.status).toBe(422);
    expect(Object.keys((await r.json()).fouten)).toEqual(['dienst', 'eerste_ziektedag', 'werknemer_geinformeerd']);
    expect(resend.state.requests).toHaveLength(0);
  });

  it('refuses an offer reference and a reused request reference with other answers (M4)', async () => {
    expect(response(await send(validRequestInput({ referentie: 'WP-4F7K-27' }))).status).toBe(400);
    const d = deps();
    expect(response(await send(validRequestInput({ referentie: REF }), d)).status).toBe(200);
    const other = response(await send(validRequestInput({ referentie: REF, functie: 'Planner' }), deps()));
    expect(other.status).toBe(409);
    expect((await other.json()).melding).toBe(MESSAGES.conflict);
    expect(resend.state.sent.size).toBe(2);
  });

  it('keeps invisible characters out of everything it sends (L4)', async () => {
    await send(
      validRequestInput({ referentie: REF, toelichting: 'Graag\u200b bellen\u202e\ud800', functie: 'Kok\u2060' }),
      deps(true),
    );
    const sent = [
      ...resend.state.requests.map((r) => JSON.stringify(r.body)),
      attachmentOf(resend.state.requests[0]!.body),
      webhook.state.deliveries[0]!.body,
    ];
    for (const text of sent)
      expect(text.replace(/\\u[0-9a-f]{4}/g, (u) => JSON.parse(`"${u}"`))).not.toMatch(/\p{Cf}|\p{Cs}/u);
  });

  it('has a body limit of its own, far below the offer’s', async () => {
    expect(intake.maxBodyBytes).toBeLessThan(createOfferIntake([]).maxBodyBytes);
    const big = JSON.stringify(validRequestInput({ toelichting: 'x'.repeat(intake.maxBodyBytes) }));
    expect(response(await send(big)).status).toBe(413);
  });

  it('counts its own rate limit, apart from the offer’s', async () => {
    const offer = createOfferIntake([{ id: 'horeca', naam: 'Horeca' }]);
    const requestDeps = deps();
    const offerDeps = testDependencies(offer, { resendUrl: resend.url });
    requestDeps.rateLimiter = new RateLimiter(1, 600_000);
    expect(response(await send(validRequestInput(), requestDeps)).status).toBe(200);
    expect(response(await send(validRequestInput({ functie: 'Planner' }), requestDeps)).status).toBe(429);
    expect(response(await submit(offer, jsonRequest(validInput()), offerDeps)).status).toBe(200);
  });
});

describe('a request sent as a form (no JavaScript)', () => {
  it('gives the thank-you page state with a short reference, the answers and the key dates', async () => {
    const outcome = page(await submit(intake, formRequest(validRequestInput(), PATH), deps()));
    expect(outcome.status).toBe(200);
    if (outcome.page.kind !== 'received') throw new Error('expected the thank-you page');
    expect(parseReference(outcome.page.reference, 'AV')).toBe(outcome.page.reference);
    expect(outcome.page.extra).toMatchObject({ termijnen: { weekVanZiekte: 42 } });
    expect(resend.state.sent.has(`aanvraag-${outcome.page.reference}-bureau`)).toBe(true);
  });

  it('takes the dates from three boxes, as the GOV.UK date input posts them', async () => {
    const input: Record<string, string> = {
      ...validRequestInput({ eerste_ziektedag: '', eerstejaarsevaluatie: 'ja' }),
      'eerste_ziektedag-dag': '6',
      'eerste_ziektedag-maand': '1',
      'eerste_ziektedag-jaar': '2025',
      'eerstejaarsevaluatie_datum-dag': '5',
      'eerstejaarsevaluatie_datum-maand': '1',
      'eerstejaarsevaluatie_datum-jaar': '2026',
    };
    const outcome = page(await submit(intake, formRequest(input, PATH), deps()));
    expect(outcome.page).toMatchObject({
      kind: 'received',
      extra: { termijnen: { uitersteStart2eSpoor: '2026-02-16' } },
    });
  });

  it('shows the form again with the values and the errors, status 422', async () => {
    const outcome = page(await submit(intake, formRequest(validRequestInput({ contracturen: '99' }), PATH), deps()));
    expect(outcome.status).toBe(422);
    expect(outcome.page).toMatchObject({ kind: 'form', errors: { contracturen: expect.stringMatching(/60 uur/) } });
  });
});
