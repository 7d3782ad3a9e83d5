// Starts the production build the way `npm run serve` does (src/server/serve.mjs, so with its response headers) on a
// free loopback port, for the byte count and Lighthouse.
import { fileURLToPath } from 'node:url';
import { startAppServer } from '../support/start-app-server.mjs';

const SERVE = fileURLToPath(new URL('../../src/server/serve.mjs', import.meta.url));

export function startBuiltSite() {
  return startAppServer(
    { OUTBOX_DIR: fileURLToPath(new URL('../../bench-results/outbox', import.meta.url)) },
    { script: SERVE },
  );
}
