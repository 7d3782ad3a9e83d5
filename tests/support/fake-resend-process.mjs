// Runs the fake Resend provider in its own Node process, so that under load it neither competes with nor waits for
// the event loop of the load generator. State is read over HTTP (GET /__fake/state), on loopback only.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const SCRIPT = fileURLToPath(new URL('./fake-resend.mjs', import.meta.url));

/**
 * @typedef {{ verzoeken: { key: string | undefined, subject: string | undefined }[],
 *   verstuurd: Map<string, { subject: string | undefined }> }} FakeStand
 */

/** @param {import('./fake-resend.mjs').FakeMode} [mode] */
export async function startFakeResendProcess(mode = 'ok') {
  const kind = spawn(process.execPath, [SCRIPT, '0', mode, '--beheer'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise((klaar, mislukt) => {
    let uitvoer = '';
    kind.stdout.on('data', (deel) => {
      uitvoer += deel;
      const gevonden = /http:\/\/127\.0\.0\.1:\d+/.exec(uitvoer);
      if (gevonden) klaar(gevonden[0]);
    });
    kind.once('exit', (code) => mislukt(new Error(`Fake Resend stopped (exit ${code}): ${uitvoer}`)));
  });
  return {
    url,
    pid: kind.pid,
    /** @returns {Promise<FakeStand>} */
    async stand() {
      const data = await (await fetch(`${url}/__fake/state`)).json();
      return { verzoeken: data.verzoeken, verstuurd: new Map(data.verstuurd) };
    },
    async reset() {
      await fetch(`${url}/__fake/reset`, { method: 'POST' });
    },
    close: () =>
      new Promise((klaar) => {
        if (kind.exitCode !== null) return klaar(undefined);
        kind.once('exit', () => klaar(undefined));
        kind.kill();
      }),
  };
}
