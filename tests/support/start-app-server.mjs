// Starts the built site (dist/server/entry.mjs) on a free loopback port with extra environment variables,
// for tests and the load bench that need their own server (e.g. one wired to a failing fake mail provider).
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const ENTRY = fileURLToPath(new URL('../../dist/server/entry.mjs', import.meta.url));

/** Asks the OS for a free port on 127.0.0.1. */
export async function vrijePoort() {
  const server = createServer();
  await new Promise((klaar) => server.listen(0, '127.0.0.1', () => klaar(undefined)));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  await new Promise((klaar) => server.close(() => klaar(undefined)));
  return port;
}

/**
 * @param {Record<string, string>} env extra environment for the server
 * @param {{ nodeArgs?: string[], script?: string }} [opties] extra Node flags (e.g. --cpu-prof) and the script to
 *   start (default dist/server/entry.mjs; src/cli/serve.mjs adds the production headers)
 * @returns {Promise<{ url: string, pid: number | undefined, stop: () => Promise<void> }>}
 */
export async function startAppServer(env, { nodeArgs = [], script = ENTRY } = {}) {
  const port = await vrijePoort();
  const kind = spawn(process.execPath, [...nodeArgs, script], {
    env: { ...process.env, ...env, HOST: '127.0.0.1', PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let uitvoer = '';
  kind.stdout.on('data', (d) => (uitvoer += d));
  kind.stderr.on('data', (d) => (uitvoer += d));
  const url = `http://127.0.0.1:${port}`;
  // Poll until the server answers (bounded: 20 s).
  for (let poging = 0; ; poging++) {
    if (kind.exitCode !== null) throw new Error(`App server stopped: ${uitvoer}`);
    try {
      const antwoord = await fetch(`${url}/`);
      if (antwoord.ok) break;
    } catch {
      // not listening yet
    }
    if (poging > 200) {
      kind.kill();
      throw new Error(`App server did not start: ${uitvoer}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    pid: kind.pid,
    stop: () =>
      new Promise((klaar) => {
        if (kind.exitCode !== null) return klaar(undefined);
        kind.once('exit', () => klaar(undefined));
        kind.kill();
      }),
  };
}
