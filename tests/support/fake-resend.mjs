// A tiny stand-in for the Resend HTTP API on 127.0.0.1, used by unit tests, browser tests and the load bench.
// It answers POST /emails like Resend does with an Idempotency-Key (https://resend.com/docs/dashboard/emails/idempotency-keys):
// the same key and payload → the same id, sent once; the same key with another payload → 409 invalid_idempotent_request;
// the same key while the first request is still being processed → 409 concurrent_idempotent_requests; a key outside
// 1–256 characters → 400 invalid_idempotency_key. Or it fails on purpose (mode). A request that is still being held
// (mode `hang`) and that the client gives up on frees its key unsent; a slow one (`delayMs`) is sent even if the
// client has gone, as a real provider that already accepted the work would.
// CLI: node tests/support/fake-resend.mjs <port> [mode] [--admin]
import { createServer } from 'node:http';
import { isMainModule, listenOnLoopback } from './loopback-server.mjs';
import { randomUUID } from 'node:crypto';

/** @typedef {'ok' | 'fail-422' | 'fail-429' | 'fail-500' | 'drop' | 'hang'} FakeMode */

const FAILURES = {
  'fail-422': [422, { name: 'validation_error', message: 'Invalid `to` field.', statusCode: 422 }],
  'fail-429': [429, { name: 'rate_limit_exceeded', message: 'Too many requests.', statusCode: 429 }],
  'fail-500': [500, { name: 'internal_server_error', message: 'Something went wrong.', statusCode: 500 }],
};

/**
 * @param {{ port?: number, mode?: FakeMode, delayMs?: number, admin?: boolean }} [options] `delayMs` holds every
 *   answer back (a slow provider that still accepts); `admin` adds GET /__fake/state and POST /__fake/reset, so a
 *   fake running in another process can be inspected (see fake-resend-process.mjs)
 */
export async function startFakeResend({ port = 0, mode = 'ok', delayMs = 0, admin = false } = {}) {
  const state = {
    mode,
    delayMs,
    /** Every request received: idempotency key, authorization and parsed body. */
    requests: /** @type {{ key: string | undefined, auth: string | undefined, body: any }[]} */ ([]),
    /** Mails actually "sent": one per accepted idempotency key, with the raw payload it was sent with. */
    sent: /** @type {Map<string, { id: string, body: any, payload: string }>} */ (new Map()),
    /** Keys of requests still being processed. */
    inProgress: /** @type {Set<string>} */ (new Set()),
  };
  const json = (res, status, body, headers = {}) =>
    res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
  const server = createServer((req, res) => {
    let data = '';
    req.setEncoding('utf8');
    req.on('data', (part) => (data += part));
    req.on('end', () => {
      if (admin && req.url === '/__fake/state') {
        const summary = {
          requests: state.requests.map((r) => ({ key: r.key, subject: r.body?.subject })),
          sent: [...state.sent].map(([key, mail]) => [key, { subject: mail.body?.subject }]),
        };
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(summary));
        return;
      }
      if (admin && req.method === 'POST' && req.url === '/__fake/reset') {
        state.requests.length = 0;
        state.sent.clear();
        state.inProgress.clear();
        res.writeHead(204).end();
        return;
      }
      if (req.method === 'GET') {
        res.writeHead(200, { 'content-type': 'text/plain' }).end('fake resend');
        return;
      }
      if (req.method !== 'POST' || req.url !== '/emails') {
        res
          .writeHead(404, { 'content-type': 'application/json' })
          .end(JSON.stringify({ name: 'not_found', message: 'Not found', statusCode: 404 }));
        return;
      }
      const key = /** @type {string | undefined} */ (req.headers['idempotency-key']);
      const body = JSON.parse(data || '{}');
      state.requests.push({ key, auth: req.headers.authorization, body });
      if (key !== undefined && (key.length < 1 || key.length > 256)) {
        json(res, 400, {
          name: 'invalid_idempotency_key',
          message: 'The key must be 1-256 characters.',
          statusCode: 400,
        });
        return;
      }
      if (key !== undefined && state.inProgress.has(key)) {
        json(res, 409, {
          name: 'concurrent_idempotent_requests',
          message: 'Another request with the same idempotency key is in progress.',
          statusCode: 409,
        });
        return;
      }
      const earlier = key === undefined ? undefined : state.sent.get(key);
      if (earlier) {
        if (earlier.payload === data) json(res, 200, { id: earlier.id });
        else
          json(res, 409, {
            name: 'invalid_idempotent_request',
            message: 'This idempotency key has already been used on a request that had a different payload.',
            statusCode: 409,
          });
        return;
      }
      const sentKey = key ?? randomUUID();
      state.inProgress.add(sentKey);
      const release = () => state.inProgress.delete(sentKey);
      if (state.mode === 'hang') {
        // Abandoned by the client: nothing was sent, the key is free again.
        res.on('close', release);
        return;
      }
      if (state.mode === 'drop') {
        release();
        req.socket.destroy();
        return;
      }
      const answer = () => {
        release();
        const failure = FAILURES[/** @type {keyof typeof FAILURES} */ (state.mode)];
        if (failure) {
          json(res, failure[0], failure[1], failure[0] === 429 ? { 'retry-after': '1' } : {});
          return;
        }
        const mail = { id: randomUUID(), body, payload: data };
        state.sent.set(sentKey, mail);
        json(res, 200, { id: mail.id });
      };
      if (state.delayMs > 0) setTimeout(answer, state.delayMs);
      else answer();
    });
  });
  const listening = await listenOnLoopback(server, port);
  return {
    state,
    url: `http://127.0.0.1:${listening.port}`,
    /** @param {FakeMode} next */
    setMode(next) {
      state.mode = next;
    },
    /** @param {number} ms */
    setDelay(ms) {
      state.delayMs = ms;
    },
    reset() {
      state.requests.length = 0;
      state.sent.clear();
      state.inProgress.clear();
    },
    close: listening.close,
  };
}

if (isMainModule(import.meta.url)) {
  const port = Number(process.argv[2] ?? 0);
  const mode = /** @type {FakeMode} */ (process.argv[3] ?? 'ok');
  const fake = await startFakeResend({ port, mode, admin: process.argv.includes('--admin') });
  console.log(`Fake Resend (${mode}) on ${fake.url}`);
}
