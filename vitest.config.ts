/// <reference types="vitest/config" />
import './src/cli/require-node.mjs';
import { fileURLToPath } from 'node:url';
import { getViteConfig } from 'astro/config';

const keystaticBrowserBuild = (file: string) =>
  fileURLToPath(new URL(`./node_modules/@keystatic/core/dist/${file}`, import.meta.url));

export default getViteConfig({
  resolve: {
    // The editor's config is built with Keystatic's browser build, as in the editor itself: the Node build leaves out
    // the MDX serialiser that tests/support/editor-round-trip.ts needs to save a file the way the editor does.
    alias: [
      { find: /^@keystatic\/core$/, replacement: keystaticBrowserBuild('keystatic-core.js') },
      {
        find: /^@keystatic\/core\/content-components$/,
        replacement: keystaticBrowserBuild('keystatic-core-content-components.js'),
      },
    ],
  },
  test: {
    environment: 'node',
    // An upper bound, not a wait: the slowest test (the editor's first round trip, which loads Keystatic) takes half a
    // second on a quiet machine; a busy one (CI's two cores shared with other work) must make it slow, not red.
    testTimeout: 30_000,
    projects: [
      // Pure logic, schemas, server and components, on fixture content: `npm run test:unit`, before the build.
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      // Checks on the production build in dist/ (budgets, links, sitemap): `npm run test:build`, after the build.
      { extends: true, test: { name: 'build', include: ['tests/build/**/*.test.ts'] } },
    ],
  },
});
