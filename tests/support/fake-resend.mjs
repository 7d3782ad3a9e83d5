// A tiny stand-in for the Resend HTTP API on 127.0.0.1, used by unit tests, browser tests and the load bench.
// It answers POST /emails like Resend does (same idempotency key → same id, sent once) or fails on purpose.
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
    /** Mails actually "sent": one per accepted idempotency key. */
    sent: /** @type {Map<string, { id: string, body: any }>} */ (new Map()),
  };
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
      if (state.mode === 'hang') return;
      if (state.mode === 'drop') {
        req.socket.destroy();
        return;
      }
      const answer = () => {
        const failure = FAILURES[/** @type {keyof typeof FAILURES} */ (state.mode)];
        if (failure) {
          res
            .writeHead(failure[0], {
              'content-type': 'application/json',
              ...(failure[0] === 429 ? { 'retry-after': '1' } : {}),
            })
            .end(JSON.stringify(failure[1]));
          return;
        }
        const sentKey = key ?? randomUUID();
        let mail = state.sent.get(sentKey);
        if (!mail) {
          mail = { id: randomUUID(), body };
          state.sent.set(sentKey, mail);
        }
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: mail.id }));
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
