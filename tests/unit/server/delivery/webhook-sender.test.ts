import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Webhook } from 'standardwebhooks';
import { createWebhookSender } from '../../../../src/server/delivery/webhook-sender';
import { startFakeWebhook, TEST_WEBHOOK_SECRET } from '../../../support/fake-webhook.mjs';

let fake: Awaited<ReturnType<typeof startFakeWebhook>>;
beforeAll(async () => {
  fake = await startFakeWebhook();
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.reset();
  fake.setMode('ok');
});

const payload = '{"schemaVersie":1,"referentie":"ref-1"}\n';
const EVENT = 'aanbod.ontvangen';

describe('webhook sender', () => {
  it('posts the JSON with Standard Webhooks headers that the specification’s own verifier accepts', async () => {
    const sender = createWebhookSender({ url: fake.url, secret: TEST_WEBHOOK_SECRET, eventType: EVENT });
    expect(await sender.send(payload, 'ref-1')).toMatchObject({ status: 'accepted' });
    const [delivery] = fake.state.deliveries;
    expect(delivery).toMatchObject({ id: 'ref-1', eventType: EVENT, body: payload, verified: true });
    expect(delivery!.signature).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
    expect(Math.abs(Number(delivery!.timestamp) - Date.now() / 1000)).toBeLessThan(5);
    // Verified again here with the package's verifier, independently of the fake.
    const verified = new Webhook(TEST_WEBHOOK_SECRET).verify(delivery!.body, {
      'webhook-id': delivery!.id,
      'webhook-timestamp': delivery!.timestamp,
      'webhook-signature': delivery!.signature,
    });
    expect(verified).toEqual(JSON.parse(payload));
  });

  it('fails verification when the body was changed on the way', () => {
    const sign = new Webhook(TEST_WEBHOOK_SECRET);
    const timestamp = new Date();
    const signature = sign.sign('ref-1', timestamp, payload);
    const headers = {
      'webhook-id': 'ref-1',
      'webhook-timestamp': String(Math.floor(timestamp.getTime() / 1000)),
      'webhook-signature': signature,
    };
    expect(() => sign.verify(payload.replace('ref-1', 'ref-2'), headers)).toThrow();
  });

  it('sends once for concurrent and repeated calls after success, and re-sends the same id after a failure', async () => {
    const sender = createWebhookSender({ url: fake.url, secret: TEST_WEBHOOK_SECRET, eventType: EVENT });
    fake.setMode('fail-500');
    expect((await sender.send(payload, 'ref-2')).status).toBe('unknown');
    fake.setMode('ok');
    const results = await Promise.all([sender.send(payload, 'ref-2'), sender.send(payload, 'ref-2')]);
    expect(results.map((r) => r.status)).toEqual(['accepted', 'accepted']);
    await sender.send(payload, 'ref-2');
    expect(fake.state.deliveries.map((d) => d.id)).toEqual(['ref-2', 'ref-2']);
    expect(fake.state.accepted.size).toBe(1);
  });

  it('reports a 4xx as rejected, a 5xx (server error) and a time-out as unknown, each with its cause', async () => {
    fake.setMode('fail-400');
    expect(
      (await createWebhookSender({ url: fake.url, secret: TEST_WEBHOOK_SECRET, eventType: EVENT }).send(payload, 'a'))
        .status,
    ).toBe('rejected');
    fake.setMode('fail-500');
    expect(
      await createWebhookSender({ url: fake.url, secret: TEST_WEBHOOK_SECRET, eventType: EVENT }).send(payload, 'b'),
    ).toMatchObject({ status: 'unknown', cause: 'server-error' });
    fake.setMode('hang');
    const started = Date.now();
    const late = await createWebhookSender({
      url: fake.url,
      secret: TEST_WEBHOOK_SECRET,
      eventType: EVENT,
      timeoutMs: 100,
    }).send(payload, 'c');
    expect(late).toEqual({ status: 'unknown', reason: 'webhook: geen antwoord op tijd', cause: 'timeout' });
    // The fake never answers: returning at all proves the sender gave up (the margin is for a busy machine).
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('gives up at the caller’s deadline, and a retry with the same id is a fresh attempt (M3)', async () => {
    const sender = createWebhookSender({ url: fake.url, secret: TEST_WEBHOOK_SECRET, eventType: EVENT });
    fake.setMode('hang');
    const started = Date.now();
    expect(await sender.send(payload, 'e', AbortSignal.timeout(50))).toMatchObject({
      status: 'unknown',
      cause: 'timeout',
    });
    // The fake never answers: returning at all proves the sender gave up (the margin is for a busy machine).
    expect(Date.now() - started).toBeLessThan(10_000);
    fake.setMode('ok');
    expect((await sender.send(payload, 'e')).status).toBe('accepted');
    // Only this test's id: a request of an earlier test that the client gave up on may reach the fake late.
    expect(fake.state.deliveries.filter((d) => d.id === 'e')).toHaveLength(2);
  });

  it('refuses the same webhook-id with another payload and posts nothing (M4)', async () => {
    const sender = createWebhookSender({ url: fake.url, secret: TEST_WEBHOOK_SECRET, eventType: EVENT });
    expect((await sender.send(payload, 'f')).status).toBe('accepted');
    expect((await sender.send(payload.replace('ref-1', 'ref-9'), 'f')).status).toBe('conflict');
    expect(fake.state.deliveries).toHaveLength(1);
  });

  it('reports an unreachable receiver as unknown', async () => {
    const result = await createWebhookSender({
      url: 'http://127.0.0.1:9/webhook',
      secret: TEST_WEBHOOK_SECRET,
      eventType: EVENT,
    }).send(payload, 'd');
    expect(result).toMatchObject({ status: 'unknown', cause: 'connection' });
  });
});
