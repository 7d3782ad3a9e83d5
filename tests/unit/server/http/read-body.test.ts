import { describe, expect, it } from 'vitest';
import { readBody } from '../../../../src/server/http/read-body';

const encoder = new TextEncoder();

function streamRequest(stream: ReadableStream<Uint8Array>, headers: Record<string, string> = {}): Request {
  return new Request('http://localhost/api/aanbod', {
    method: 'POST',
    headers,
    body: stream,
    duplex: 'half',
  } as RequestInit);
}

/** A body that keeps sending chunks until it is cancelled, and reports whether it was. */
function endless(chunk: Uint8Array) {
  const state = { cancelled: false, pulled: 0 };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      state.pulled++;
      controller.enqueue(chunk);
    },
    cancel() {
      state.cancelled = true;
    },
  });
  return { stream, state };
}

const limits = { maxBytes: 1000, timeoutMs: 200 };

describe('readBody', () => {
  it('reads a body as UTF-8 text, also when it arrives in pieces that split a character', async () => {
    const bytes = encoder.encode('werkzaamheden=€€€ klaar');
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < bytes.length; i += 2) controller.enqueue(bytes.slice(i, i + 2));
        controller.close();
      },
    });
    expect(await readBody(streamRequest(stream), limits)).toEqual({ ok: true, text: 'werkzaamheden=€€€ klaar' });
  });

  it('refuses a body announced as too large before reading it', async () => {
    const { stream, state } = endless(new Uint8Array(10));
    const result = await readBody(streamRequest(stream, { 'content-length': '5000' }), limits);
    expect(result).toEqual({ ok: false, reason: 'too-large' });
    expect(state.cancelled).toBe(true);
  });

  it('stops an endless chunked body as soon as it passes the limit', async () => {
    const { stream, state } = endless(new Uint8Array(300));
    const started = Date.now();
    expect(await readBody(streamRequest(stream), limits)).toEqual({ ok: false, reason: 'too-large' });
    expect(Date.now() - started).toBeLessThan(150);
    expect(state.cancelled).toBe(true);
    expect(state.pulled).toBeLessThan(10);
  });

  it('does not believe a content-length that is smaller than the body', async () => {
    const { stream } = endless(new Uint8Array(400));
    expect(await readBody(streamRequest(stream, { 'content-length': '10' }), limits)).toEqual({
      ok: false,
      reason: 'too-large',
    });
  });

  it('gives up on a stalled body when the time is over', async () => {
    const state = { cancelled: false };
    const stalled = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(encoder.encode('organisatie=a'));
      },
      cancel() {
        state.cancelled = true;
      },
    });
    const started = Date.now();
    expect(await readBody(streamRequest(stalled), limits)).toEqual({ ok: false, reason: 'timeout' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(state.cancelled).toBe(true);
  });

  it('gives up on a slow trickle that would never end in time', async () => {
    const trickle = new ReadableStream<Uint8Array>({
      async pull(controller) {
        await new Promise((r) => setTimeout(r, 20));
        controller.enqueue(encoder.encode('x'));
      },
    });
    expect(await readBody(streamRequest(trickle), limits)).toEqual({ ok: false, reason: 'timeout' });
  });

  it('reports a body whose sender went away', async () => {
    const broken = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(encoder.encode('a=b'));
        controller.error(new Error('ECONNRESET'));
      },
    });
    expect(await readBody(streamRequest(broken), limits)).toEqual({ ok: false, reason: 'aborted' });
  });

  it('reads an empty body as empty text', async () => {
    expect(await readBody(new Request('http://localhost/', { method: 'POST' }), limits)).toEqual({
      ok: true,
      text: '',
    });
  });
});
