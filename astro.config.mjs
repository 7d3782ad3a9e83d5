// @ts-check
import './src/cli/require-node.mjs';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import node from '@astrojs/node';
import vercel from '@astrojs/vercel';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import hydrateOnInteraction from './src/integrations/hydrate-on-interaction.mjs';
import vercelDeploy from './src/integrations/vercel-deploy.mjs';
import { CONTENT_FILES, parseBureau } from './src/lib/content-files';
import { BUILD_DIRS, resolveDeployTarget } from './src/lib/deploy-target.mjs';
import { metaCspDirectives } from './src/lib/http/security-headers.mjs';
import { allowedDomains } from './src/lib/http/allowed-domains.mjs';

// Validated here too, so a wrong value stops `astro dev` and `astro build` before anything renders.
const bureau = parseBureau(readFileSync(new URL(CONTENT_FILES.bureau, import.meta.url), 'utf8'));

// DEPLOY_TARGET: unset or `node` builds the Node standalone server into dist/, `vercel` builds .vercel/output/.
const deployTarget = resolveDeployTarget(process.env);

export default defineConfig({
  site: bureau.websiteUrl,
  // 'ignore' so POST /api/aanbod answers directly (a 301 would turn a POST into a GET); every link still ends in /.
  trailingSlash: 'ignore',
  output: 'static',
  outDir: BUILD_DIRS[deployTarget].outDir,
  // Every page gets a <meta> Content-Security-Policy with hashes of Astro's own inline scripts and styles,
  // so no 'unsafe-inline' is needed; the server adds frame-ancestors and other header-only rules.
  security: {
    // Behind a reverse proxy the site's own host names are trusted in X-Forwarded-Host/-Proto/-For (see the README's
    // Deploying section): the form's origin check then sees https://, and each visitor gets their own rate limit.
    allowedDomains: allowedDomains(bureau.websiteUrl, process.env.ALLOWED_HOSTS),
    // Checked in src/middleware.ts instead (same rule), so that a wrong method gets 405 before a 403.
    checkOrigin: false,
    csp: {
      directives: [...metaCspDirectives],
    },
  },
  adapter: deployTarget === 'vercel' ? vercel() : node({ mode: 'standalone' }),
  integrations: [
    ...(deployTarget === 'vercel' ? [vercelDeploy()] : []),
    hydrateOnInteraction(),
    mdx(),
    preact(),
    sitemap({
      // The offer form's error and thank-you pages and the tools' result pages are results of a submission, not pages
      // to find.
      filter: (page) => !/\/(404|500|aanbieden\/controleren|aanbieden\/bedankt|uitkomst)\/?$/.test(page),
    }),
  ],
  vite: {
    // Lets the offer function know at build time whether it may write to the local outbox.
    define: { __DEPLOY_TARGET__: JSON.stringify(deployTarget) },
    plugins: [tailwindcss()],
  },
});
