// Runs the fake Resend provider in its own Node process, so that under load it neither competes with nor waits for
// the event loop of the load generator. State is read over HTTP (GET /__fake/state), on loopback only.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const SCRIPT = fileURLToPath(new URL('./fake-resend.mjs', import.meta.url));

/**
 * @typedef {{ requests: { key: string | undefined, subject: string | undefined }[],
 *   sent: Map<string, { subject: string | undefined }> }} FakeResendState
 */

/** @param {import('./fake-resend.mjs').FakeMode} [mode] */
export async function startFakeResendProcess(mode = 'ok') {
  const child = spawn(process.execPath, [SCRIPT, '0', mode, '--admin'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (part) => {
      output += part;
      const found = /http:\/\/127\.0\.0\.1:\d+/.exec(output);
      if (found) resolve(found[0]);
    });
    child.once('exit', (code) => reject(new Error(`Fake Resend stopped (exit ${code}): ${output}`)));
  });
  return {
    url,
    pid: child.pid,
    /** @returns {Promise<FakeResendState>} */
    async state() {
      const data = await (await fetch(`${url}/__fake/state`)).json();
      return { requests: data.requests, sent: new Map(data.sent) };
    },
    async reset() {
      await fetch(`${url}/__fake/reset`, { method: 'POST' });
    },
    close: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve(undefined);
        child.once('exit', () => resolve(undefined));
        child.kill();
      }),
  };
}
