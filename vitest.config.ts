/// <reference types="vitest/config" />
import './src/cli/require-node.mjs';
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    environment: 'node',
    projects: [
      // Pure logic, schemas, server and components, on fixture content: `npm run test:unit`, before the build.
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      // Checks on the production build in dist/ (budgets, links, sitemap): `npm run test:build`, after the build.
      { extends: true, test: { name: 'build', include: ['tests/build/**/*.test.ts'] } },
    ],
  },
});
