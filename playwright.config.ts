import './src/cli/require-node.mjs';
import { defineConfig } from '@playwright/test';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumLaunchOptions } from './tests/browser/support/chromium';
import { assertBuildOfTestedContent } from './tests/support/built-site';
import { freePort } from './tests/support/start-app-server.mjs';

// The suite tests the build in dist/ against the content CONTENT_DIR names: the fixture site in `npm run test:browser`.
assertBuildOfTestedContent();

const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromePath)) {
  throw new Error(
    `Chromium not found at ${chromePath}. Install it (Debian/Ubuntu: \`sudo apt-get install chromium\`) ` +
      'or point CHROME_PATH at a Chrome or Chromium binary.',
  );
}

// A free port unless TEST_PORT names one, so a second run (or anything else on 4399) cannot take the test server's
// place; the workers load this file again and inherit the port the runner chose.
process.env.TEST_PORT ??= String(await freePort());
const port = Number(process.env.TEST_PORT);
/** Outgoing mail of the test server goes to a fresh folder, never to the developer's outbox. */
const outboxDir = process.env.TEST_OUTBOX_DIR ?? mkdtempSync(join(tmpdir(), 'wep-outbox-'));
process.env.TEST_OUTBOX_DIR = outboxDir;

export default defineConfig({
  testDir: 'tests/browser',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: 'list',
  // Upper bounds, not waits: every test waits for states, and a quiet machine passes far within them. They are wide so
  // that a busy machine (CI's two cores shared with other work) is slow, not red.
  timeout: 90_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: chromiumLaunchOptions(),
  },
  webServer: {
    command: 'node src/server/serve.mjs',
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    // Every test posts from 127.0.0.1, so the production limit (20 submissions per 10 minutes per address) would turn
    // later submissions into 429s when tests are repeated; the limiter itself has unit tests.
    env: {
      HOST: '127.0.0.1',
      PORT: String(port),
      OUTBOX_DIR: outboxDir,
      AANBOD_RATE_LIMIT_MAX: '10000',
      AANVRAAG_RATE_LIMIT_MAX: '10000',
    },
  },
});
