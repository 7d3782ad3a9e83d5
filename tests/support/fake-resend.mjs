// A tiny stand-in for the Resend HTTP API on 127.0.0.1, used by unit tests, browser tests and the load bench.
// It answers POST /emails like Resend does (same idempotency key → same id, sent once) or fails on purpose.
// CLI: node tests/support/fake-resend.mjs <port> [mode]
import { createServer } from 'node:http';
import { randomUUID } from 'node:crypto';

/** @typedef {'ok' | 'fail-422' | 'fail-429' | 'fail-500' | 'drop'} FakeMode */

const FOUTEN = {
  'fail-422': [422, { name: 'validation_error', message: 'Invalid `to` field.', statusCode: 422 }],
  'fail-429': [429, { name: 'rate_limit_exceeded', message: 'Too many requests.', statusCode: 429 }],
  'fail-500': [500, { name: 'internal_server_error', message: 'Something went wrong.', statusCode: 500 }],
};

/**
 * @param {{ port?: number, mode?: FakeMode, beheer?: boolean }} [opties] `beheer` adds GET /__fake/state and
 *   POST /__fake/reset, so a fake running in another process can be inspected (see fake-resend-process.mjs)
 */
export async function startFakeResend({ port = 0, mode = 'ok', beheer = false } = {}) {
  const state = {
    mode,
    /** Every request received: idempotency key, authorization and parsed body. */
    verzoeken: /** @type {{ key: string | undefined, auth: string | undefined, body: any }[]} */ ([]),
    /** Mails actually "sent": one per accepted idempotency key. */
    verstuurd: /** @type {Map<string, { id: string, body: any }>} */ (new Map()),
  };
  const server = createServer((req, res) => {
    let data = '';
    req.setEncoding('utf8');
    req.on('data', (deel) => (data += deel));
    req.on('end', () => {
      if (beheer && req.url === '/__fake/state') {
        const samenvatting = {
          verzoeken: state.verzoeken.map((v) => ({ key: v.key, subject: v.body?.subject })),
          verstuurd: [...state.verstuurd].map(([sleutel, mail]) => [sleutel, { subject: mail.body?.subject }]),
        };
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(samenvatting));
        return;
      }
      if (beheer && req.method === 'POST' && req.url === '/__fake/reset') {
        state.verzoeken.length = 0;
        state.verstuurd.clear();
        res.writeHead(204).end();
        return;
      }
      if (req.method === 'GET') {
        res.writeHead(200, { 'content-type': 'text/plain' }).end('fake resend');
        return;
      }
      if (req.method !== 'POST' || req.url !== '/emails') {
        res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ name: 'not_found', message: 'Not found', statusCode: 404 }));
        return;
      }
      const key = /** @type {string | undefined} */ (req.headers['idempotency-key']);
      const body = JSON.parse(data || '{}');
      state.verzoeken.push({ key, auth: req.headers.authorization, body });
      if (state.mode === 'drop') {
        req.socket.destroy();
        return;
      }
      const fout = FOUTEN[state.mode];
      if (fout) {
        res.writeHead(fout[0], { 'content-type': 'application/json', ...(fout[0] === 429 ? { 'retry-after': '1' } : {}) }).end(JSON.stringify(fout[1]));
        return;
      }
      const sleutel = key ?? randomUUID();
      let mail = state.verstuurd.get(sleutel);
      if (!mail) {
        mail = { id: randomUUID(), body };
        state.verstuurd.set(sleutel, mail);
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: mail.id }));
    });
  });
  await new Promise((klaar) => server.listen(port, '127.0.0.1', () => klaar(undefined)));
  const adres = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    state,
    url: `http://127.0.0.1:${adres.port}`,
    /** @param {FakeMode} nieuw */
    zetMode(nieuw) {
      state.mode = nieuw;
    },
    reset() {
      state.verzoeken.length = 0;
      state.verstuurd.clear();
    },
    close: () => new Promise((klaar) => { server.closeAllConnections(); server.close(() => klaar(undefined)); }),
  };
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const port = Number(process.argv[2] ?? 0);
  const mode = /** @type {FakeMode} */ (process.argv[3] ?? 'ok');
  const fake = await startFakeResend({ port, mode, beheer: process.argv.includes('--beheer') });
  console.log(`Fake Resend (${mode}) on ${fake.url}`);
}
