import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ResendTransport } from '../../../../src/server/mail/resend-transport';
import { startFakeResend } from '../../../support/fake-resend.mjs';

const message = {
  from: 'Bureau <noreply@example.com>',
  to: ['anna@example.com'],
  replyTo: 'info@example.com',
  subject: 'Onderwerp',
  html: '<p>Hallo</p>',
  text: 'Hallo',
};

describe('ResendTransport (the real SDK against a local fake)', () => {
  let fake: Awaited<ReturnType<typeof startFakeResend>>;
  beforeAll(async () => {
    fake = await startFakeResend();
  });
  afterAll(() => fake.close());
  beforeEach(() => {
    fake.reset();
    fake.setMode('ok');
    fake.setDelay(0);
  });

  it('posts the message with the API key and idempotency key, and returns the provider id', async () => {
    const result = await new ResendTransport('re_test', fake.url).send(message, 'key-1');
    expect(result).toEqual({ status: 'accepted', id: fake.state.sent.get('key-1')?.id });
    const [request] = fake.state.requests;
    expect(request?.auth).toBe('Bearer re_test');
    expect(request?.body).toEqual({
      from: message.from,
      to: message.to,
      reply_to: message.replyTo,
      subject: 'Onderwerp',
      html: '<p>Hallo</p>',
      text: 'Hallo',
    });
  });

  it('sends an attachment as base64 with its name and type', async () => {
    const content = '{"schemaVersie":1,"plaats":"Zoë €"}\n';
    await new ResendTransport('re_test', fake.url).send(
      { ...message, attachments: [{ filename: 'aanbod-r.json', contentType: 'application/json', content }] },
      'key-a',
    );
    const [attachment] = fake.state.requests[0]!.body.attachments;
    expect(attachment).toMatchObject({ filename: 'aanbod-r.json', content_type: 'application/json' });
    expect(Buffer.from(attachment.content, 'base64').toString('utf8')).toBe(content);
  });

  it('reuses its connection and lets the provider deduplicate a repeated key', async () => {
    const transport = new ResendTransport('re_test', `${fake.url}/`);
    const first = await transport.send(message, 'key-2');
    const second = await transport.send(message, 'key-2');
    expect(second).toEqual(first);
    expect(fake.state.sent.size).toBe(1);
  });

  it('answers like Resend: the same key with another message is a conflict and sends nothing (M4)', async () => {
    const transport = new ResendTransport('re_test', fake.url);
    expect((await transport.send(message, 'key-c')).status).toBe('accepted');
    const other = await transport.send({ ...message, subject: 'Iets anders' }, 'key-c');
    expect(other).toMatchObject({ status: 'conflict' });
    expect('reason' in other && other.reason).toContain('invalid_idempotent_request (409)');
    expect(fake.state.sent.get('key-c')?.body.subject).toBe('Onderwerp');
  });

  it('aborts at the caller’s deadline (unknown, time-out); a retry while the provider still works on it is open too', async () => {
    fake.setDelay(1_500);
    const transport = new ResendTransport('re_test', fake.url);
    expect(await transport.send(message, 'key-d', AbortSignal.timeout(50))).toMatchObject({
      status: 'unknown',
      cause: 'timeout',
    });
    // Back before the provider finished.
    expect(fake.state.sent.size).toBe(0);
    expect(await transport.send(message, 'key-d')).toMatchObject({ status: 'unknown', cause: 'in-progress' });
    // The provider finishes the first request after all: the retry gets the same mail, not a second one.
    await expect.poll(() => fake.state.sent.size, { timeout: 5_000 }).toBe(1);
    fake.setDelay(0);
    expect(await transport.send(message, 'key-d')).toEqual({
      status: 'accepted',
      id: fake.state.sent.get('key-d')?.id,
    });
    expect(fake.state.sent.size).toBe(1);
  });

  it.each([
    ['fail-422', 'rejected', 'validation_error (422)'],
    ['fail-429', 'rejected', 'rate_limit_exceeded (429)'],
    ['fail-500', 'unknown', 'internal_server_error (500)'],
  ] as const)('reports %s as %s', async (mode, status, reason) => {
    fake.setMode(mode);
    const result = await new ResendTransport('re_test', fake.url).send(message, 'key-3');
    expect(result.status).toBe(status);
    expect('reason' in result && result.reason).toContain(reason);
  });

  it('reports a dropped connection and an unreachable provider as unknown: the mail may or may not have gone', async () => {
    fake.setMode('drop');
    expect(await new ResendTransport('re_test', fake.url).send(message, 'key-4')).toMatchObject({
      status: 'unknown',
      cause: 'connection',
    });
    expect(await new ResendTransport('re_test', 'http://127.0.0.1:9').send(message, 'key-5')).toMatchObject({
      status: 'unknown',
      cause: 'connection',
    });
  });
});
