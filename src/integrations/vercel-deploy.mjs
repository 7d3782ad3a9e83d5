// Used with the Vercel adapter (see astro.config.mjs): the security headers on every path through a header route in
// .vercel/output/config.json, plus the redirect to canonical trailing slashes that the Node server does itself.
// (The function's own answers get the headers from src/middleware.ts, on every platform.)
import { readFile, writeFile } from 'node:fs/promises';
import { withSiteRoutes } from '../lib/http/vercel-config.mjs';

/** @returns {import('astro').AstroIntegration} */
export default function vercelDeploy() {
  /** Runs after the adapter has written config.json and copied the static files (it is registered after them). */
  /** @type {import('astro').AstroIntegration} */
  const afterAdapter = {
    name: 'site:vercel-config-headers',
    hooks: {
      'astro:build:done': async ({ logger }) => {
        const file = new URL('.vercel/output/config.json', rootUrl);
        const config = JSON.parse(await readFile(file, 'utf8'));
        await writeFile(file, `${JSON.stringify(withSiteRoutes(config), null, 2)}\n`);
        logger.info('Security headers and trailing-slash redirect added to .vercel/output/config.json');
      },
    },
  };
  /** @type {URL} */
  let rootUrl;
  return {
    name: 'site:vercel-deploy',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        rootUrl = config.root;
        // Integrations added here run after those the adapter added in its own setup (it sets up first).
        updateConfig({ integrations: [afterAdapter] });
      },
    },
  };
}
