// @ts-check
import './src/cli/require-node.mjs';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import node from '@astrojs/node';
import vercel from '@astrojs/vercel';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import buildInfo from './src/integrations/build-info.mjs';
import bureauIdentity from './src/integrations/bureau-identity.mjs';
import externalIslandRuntime from './src/integrations/external-island-runtime.mjs';
import editor, { ISLAND_FILES } from './src/integrations/editor.mjs';
import { publication } from './src/integrations/publication';
import hydrateOnInteraction from './src/integrations/hydrate-on-interaction.mjs';
import quietBuildLog from './src/integrations/quiet-build-log.mjs';
import vercelDeploy from './src/integrations/vercel-deploy.mjs';
import { freshnessReport } from './src/integrations/freshness-report';
import { glossaryLinks } from './src/integrations/glossary-links';
import { sourceCitations } from './src/integrations/source-citations';
import { contentDir, contentLabel, contentPath } from './src/cli/content-dir.mjs';
import { CONTENT_FILES, parseBureau, parseGlossary } from './src/lib/content-files';
import { BUILD_DIRS, resolveDeployTarget } from './src/lib/deploy-target.mjs';
import { metaCspDirectives } from './src/lib/http/security-headers.mjs';
import { allowedDomains } from './src/lib/http/allowed-domains.mjs';

// CONTENT_DIR (default content/) selects the folder every content file is read from: the demo, the fixture site of
// the tests, or the benchmark's generated articles (src/cli/content-dir.mjs stops here when it is wrong).
// Validated here too, so a wrong value stops `astro dev` and `astro build` before anything renders.
const readContent = (/** @type {string} */ file) => readFileSync(contentPath(file), 'utf8');
const bureau = parseBureau(readContent(CONTENT_FILES.bureau), contentLabel(CONTENT_FILES.bureau));
const glossary = parseGlossary(readContent(CONTENT_FILES.glossary), contentLabel(CONTENT_FILES.glossary));

// The folder the article collection reads (src/content.config.ts).
const articlesDir = contentPath('kennisbank');

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
  // The articles are plain Dutch without code; Shiki's inline colours would be blocked by the CSP anyway, and loading
  // it costs every build time.
  markdown: { syntaxHighlight: false },
  adapter: deployTarget === 'vercel' ? vercel() : node({ mode: 'standalone' }),
  integrations: [
    ...(deployTarget === 'vercel' ? [vercelDeploy()] : []),
    hydrateOnInteraction(),
    // Logo and keurmerk files, demo placeholders on a live site, expired keurmerken, the brand colours' stylesheet.
    bureauIdentity(bureau),
    // Which day counts as today and whether drafts and scheduled articles are shown (src/data/articles.ts).
    publication(),
    // Articles link the first use of each glossary term to /kennisbank/begrippen/, and their inline links to their own
    // sources become numbered references to the sources list (fixed pages and calculator texts stay as written: the
    // plugins check the file's folder).
    mdx({
      processor: satteri({
        mdastPlugins: [glossaryLinks({ terms: glossary, articlesDir }), sourceCitations({ articlesDir })],
      }),
    }),
    // With React in the editor, each renderer needs to know its files (see ISLAND_FILES).
    preact({ include: [ISLAND_FILES] }),
    editor(),
    sitemap({
      // The request form is rendered on demand (it reads the link's prefill), so the sitemap does not find it itself.
      customPages: [new URL('/aanvragen/', bureau.websiteUrl).href],
      // The offer form's error and thank-you pages and the tools' result pages are results of a submission, not pages
      // to find; the list of articles to check is for the bureau; the editor is for the bureau only.
      filter: (page) =>
        !/\/(404|500|aanbieden\/controleren|aanbieden\/bedankt|aanvragen\/controleren|aanvragen\/bedankt|uitkomst|kennisbank\/te-controleren)\/?$/.test(
          page,
        ) && !/\/keystatic(\/|$)/.test(page),
    }),
    freshnessReport({ articlesDir }),
    // Astro's island runtime as one cached file instead of 4.4 KB inline in every page with an island.
    externalIslandRuntime(),
    buildInfo(),
  ],
  experimental: {
    // Article pages give a cache key (src/pages/kennisbank/[slug].astro): after one changed article, the unchanged
    // pages are copied from the previous build instead of rendered again (the cache lives in node_modules/.astro).
    incrementalBuild: true,
  },
  vite: {
    define: {
      // Lets the offer function know at build time whether it may write to the local outbox.
      __DEPLOY_TARGET__: JSON.stringify(deployTarget),
      // The content folder as the bureau knows it, for messages and the editor's paths (src/cms/).
      __CONTENT_DIR__: JSON.stringify(contentDir.label),
    },
    // `import x from '@content/bureau.yaml?raw'` and `import.meta.glob('@content/…')` read the selected content folder.
    resolve: { alias: { '@content': contentDir.path } },
    plugins: [tailwindcss(), quietBuildLog()],
    environments: {
      client: {
        build: {
          rolldownOptions: {
            output: {
              // Preact, its hooks, its JSX runtime and Astro's Preact renderer are needed by every island together:
              // one file instead of four compresses better (gzip sees them as one text) and is one request.
              codeSplitting: {
                groups: [{ name: 'preact', test: /[\\/]node_modules[\\/](preact|@astrojs[\\/]preact)[\\/]/ }],
              },
            },
          },
        },
      },
    },
    build: {
      // Our own scripts always go to a file in _astro/ (cached across pages) instead of inline below 4 KB: inline, the
      // calculators' "Kopieer link" script cost every article with a calculator 0.6 KB gzip of its 14 KB budget, and
      // its hash sat in every page's Content-Security-Policy. Other assets keep Vite's default.
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
    },
  },
});
