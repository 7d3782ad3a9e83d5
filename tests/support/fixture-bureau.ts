import { readFileSync } from 'node:fs';
import { parseBureau } from '../../src/lib/content-files';

/** The demo bureau from the fixture content, for tests that need a bureau without reading content/. */
export const fixtureBureau = parseBureau(
  readFileSync(new URL('../fixtures/site/bureau.yaml', import.meta.url), 'utf8'),
);
