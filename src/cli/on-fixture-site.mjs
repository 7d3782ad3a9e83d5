// Runs a command on the fixture site: `node src/cli/on-fixture-site.mjs playwright test` sets CONTENT_DIR to
// tests/fixtures/site, whatever it was, so `npm test` builds and tests content whose values the tests know (a bureau's
// own content/ can never turn them red). Works on every platform, unlike `CONTENT_DIR=… cmd` in an npm script.
import { spawn } from 'node:child_process';

/** The fixture site, relative to the project root (src/lib/content-dir.mjs resolves it from there). */
export const FIXTURE_SITE = 'tests/fixtures/site';

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error('Usage: node src/cli/on-fixture-site.mjs <command> [arguments…]');
  process.exit(2);
}

const child = spawn(command, args, {
  stdio: 'inherit',
  env: { ...process.env, CONTENT_DIR: FIXTURE_SITE },
  // Windows starts npm, npx and the tools in node_modules/.bin through their .cmd files.
  shell: process.platform === 'win32',
});
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => {
  if (signal) process.kill(process.pid, signal);
  else process.exit(code ?? 1);
});
