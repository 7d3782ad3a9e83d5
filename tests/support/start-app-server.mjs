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
 * Spawns a Node server with `args` listening on `port` and waits until `/` answers, at most `seconds`.
 * @param {{ args: string[], port: number, env: NodeJS.ProcessEnv, cwd?: string, name: string, seconds: number }} options
 * @returns {Promise<{ url: string, port: number, pid: number | undefined, output: () => string, stop: () => Promise<void> }>}
 */
export async function startServerProcess({ args, port, env, cwd, name, seconds }) {
  const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt++) {
    if (child.exitCode !== null) throw new Error(`${name} stopped:\n${output}`);
    try {
      if ((await fetch(`${url}/`)).ok) break;
    } catch {
      // not listening yet
    }
    if (attempt > seconds * 10) {
      child.kill();
      throw new Error(`${name} did not start within ${seconds} s:\n${output}`);
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

/**
 * @param {Record<string, string>} env extra environment for the server
 * @param {{ nodeArgs?: string[], script?: string }} [options] extra Node flags (e.g. --cpu-prof) and the script to
 *   start (default dist/server/entry.mjs; src/server/serve.mjs adds the production headers)
 * @returns {Promise<{ url: string, port: number, pid: number | undefined, output: () => string, stop: () => Promise<void> }>}
 */
export async function startAppServer(env, { nodeArgs = [], script = ENTRY } = {}) {
  const port = await freePort();
  return startServerProcess({
    args: [...nodeArgs, script],
    port,
    env: { ...process.env, ...env, HOST: '127.0.0.1', PORT: String(port) },
    name: 'App server',
    // An upper bound: it answers within a second or two on a quiet machine.
    seconds: 60,
  });
}
