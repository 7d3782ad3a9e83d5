// Runs the fake webhook receiver (fake-webhook.mjs) in its own Node process, like fake-resend-process.mjs, with a
// second loopback port for its state: every delivery's webhook-id and signature check, and a reset.
// As a script: node tests/support/fake-webhook-process.mjs <secret> [mode]
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { startFakeWebhook, TEST_WEBHOOK_SECRET } from './fake-webhook.mjs';

const SCRIPT = fileURLToPath(import.meta.url);

/**
 * @typedef {{ deliveries: { id: string, eventType: string, verified: boolean }[], accepted: string[] }} FakeWebhookState
 */

/**
 * @param {{ secret?: string, mode?: import('./fake-webhook.mjs').WebhookMode }} [options]
 */
export async function startFakeWebhookProcess({ secret = TEST_WEBHOOK_SECRET, mode = 'ok' } = {}) {
  const child = spawn(process.execPath, [SCRIPT, secret, mode], { stdio: ['ignore', 'pipe', 'inherit'] });
  const { url, admin } = await new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (part) => {
      output += part;
      const receiver = /Fake webhook on (http:\S+)/.exec(output);
      const state = /Its state on (http:\S+)/.exec(output);
      if (receiver && state) resolve({ url: receiver[1], admin: state[1] });
    });
    child.once('exit', (code) => reject(new Error(`Fake webhook stopped (exit ${code}): ${output}`)));
  });
  return {
    url,
    secret,
    pid: child.pid,
    /** @returns {Promise<FakeWebhookState>} */
    async state() {
      return (await fetch(`${admin}/state`)).json();
    },
    async reset() {
      await fetch(`${admin}/reset`, { method: 'POST' });
    },
    close: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve(undefined);
        child.once('exit', () => resolve(undefined));
        child.kill();
      }),
  };
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const fake = await startFakeWebhook({
    secret: process.argv[2] ?? TEST_WEBHOOK_SECRET,
    mode: /** @type {any} */ (process.argv[3] ?? 'ok'),
  });
  const admin = createServer((req, res) => {
    if (req.method === 'GET' && req.url === '/state') {
      const state = {
        deliveries: fake.state.deliveries.map((d) => ({ id: d.id, eventType: d.eventType, verified: d.verified })),
        accepted: [...fake.state.accepted.keys()],
      };
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(state));
    } else if (req.method === 'POST' && req.url === '/reset') {
      fake.reset();
      res.writeHead(204).end();
    } else res.writeHead(404).end();
  });
  await new Promise((resolve) => admin.listen(0, '127.0.0.1', () => resolve(undefined)));
  const { port } = /** @type {import('node:net').AddressInfo} */ (admin.address());
  console.log(`Fake webhook on ${fake.url}`);
  console.log(`Its state on http://127.0.0.1:${port}`);
  process.once('SIGTERM', async () => {
    admin.close();
    await fake.close();
    process.exit(0);
  });
}
