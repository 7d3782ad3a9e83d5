// Starts the built site (dist/server/entry.mjs) on a free loopback port with extra environment variables,
// for tests and the load bench that need their own server (e.g. one wired to a failing fake mail provider).
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const ENTRY = fileURLToPath(new URL('../../dist/server/entry.mjs', import.meta.url));

/** Asks the OS for a free port on 127.0.0.1. */
export async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  await new Promise((resolve) => server.close(() => resolve(undefined)));
  return port;
}

/**
 * @param {Record<string, string>} env extra environment for the server
 * @param {{ nodeArgs?: string[], script?: string }} [options] extra Node flags (e.g. --cpu-prof) and the script to
 *   start (default dist/server/entry.mjs; src/server/serve.mjs adds the production headers)
 * @returns {Promise<{ url: string, port: number, pid: number | undefined, output: () => string, stop: () => Promise<void> }>}
 */
export async function startAppServer(env, { nodeArgs = [], script = ENTRY } = {}) {
  const port = await freePort();
  const child = spawn(process.execPath, [...nodeArgs, script], {
    env: { ...process.env, ...env, HOST: '127.0.0.1', PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  // Poll until the server answers (bounded: 20 s).
  for (let attempt = 0; ; attempt++) {
    if (child.exitCode !== null) throw new Error(`App server stopped: ${output}`);
    try {
      const answer = await fetch(`${url}/`);
      if (answer.ok) break;
    } catch {
      // not listening yet
    }
    if (attempt > 200) {
      child.kill();
      throw new Error(`App server did not start: ${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    port,
    pid: child.pid,
    output: () => output,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve(undefined);
        child.once('exit', () => resolve(undefined));
        child.kill();
      }),
  };
}
