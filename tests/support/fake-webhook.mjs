// A stand-in for the bureau's own system that receives the signed webhook of every offer (Standard Webhooks). It
// checks each signature with the `standardwebhooks` package's own verifier and counts deliveries per webhook-id.
// CLI: node tests/support/fake-webhook.mjs <port> <secret> [mode] [--admin]
import { createServer } from 'node:http';
import { isMainModule, listenOnLoopback } from './loopback-server.mjs';
import { Webhook } from 'standardwebhooks';

/** @typedef {'ok' | 'fail-400' | 'fail-500' | 'hang'} WebhookMode */

/** A fixed test secret in the `whsec_<base64>` format (32 bytes). */
export const TEST_WEBHOOK_SECRET = `whsec_${Buffer.from('a test secret of thirty-two bytes').toString('base64')}`;

/**
 * @param {{ port?: number, secret?: string, mode?: WebhookMode, admin?: boolean }} [options]
 */
export async function startFakeWebhook({ port = 0, secret = TEST_WEBHOOK_SECRET, mode = 'ok', admin = false } = {}) {
  const verifier = new Webhook(secret);
  const state = {
    mode,
    /** Every delivery: its headers, raw body and whether the signature was valid. */
    deliveries:
      /** @type {{ id: string, eventType: string, timestamp: string, signature: string, body: string, verified: boolean }[]} */ ([]),
    /** Accepted deliveries per webhook-id, as a receiver that deduplicates would keep them. */
    accepted: /** @type {Map<string, string>} */ (new Map()),
  };
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (part) => (body += part));
    req.on('end', () => {
      if (admin && req.url === '/__fake/state') {
        const summary = {
          deliveries: state.deliveries.length,
          verified: state.deliveries.filter((d) => d.verified).length,
          accepted: [...state.accepted.keys()],
        };
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(summary));
        return;
      }
      const headers = {
        'webhook-id': String(req.headers['webhook-id'] ?? ''),
        'webhook-timestamp': String(req.headers['webhook-timestamp'] ?? ''),
        'webhook-signature': String(req.headers['webhook-signature'] ?? ''),
      };
      let verified;
      try {
        verifier.verify(body, headers);
        verified = true;
      } catch {
        verified = false;
      }
      state.deliveries.push({
        id: headers['webhook-id'],
        eventType: String(req.headers['webhook-event-type'] ?? ''),
        timestamp: headers['webhook-timestamp'],
        signature: headers['webhook-signature'],
        body,
        verified,
      });
      if (state.mode === 'hang') return;
      if (!verified || state.mode === 'fail-400') {
        res.writeHead(400).end('refused');
        return;
      }
      if (state.mode === 'fail-500') {
        res.writeHead(500).end('down');
        return;
      }
      if (!state.accepted.has(headers['webhook-id'])) state.accepted.set(headers['webhook-id'], body);
      res.writeHead(204).end();
    });
  });
  const listening = await listenOnLoopback(server, port);
  return {
    state,
    url: `http://127.0.0.1:${listening.port}/webhook`,
    /** @param {WebhookMode} next */
    setMode(next) {
      state.mode = next;
    },
    reset() {
      state.deliveries.length = 0;
      state.accepted.clear();
    },
    close: listening.close,
  };
}

if (isMainModule(import.meta.url)) {
  const fake = await startFakeWebhook({
    port: Number(process.argv[2] ?? 0),
    secret: process.argv[3] ?? TEST_WEBHOOK_SECRET,
    mode: /** @type {WebhookMode} */ (process.argv[4] ?? 'ok'),
    admin: process.argv.includes('--admin'),
  });
  console.log(`Fake webhook on ${fake.url}`);
}
