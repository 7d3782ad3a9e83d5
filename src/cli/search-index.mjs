// Second step of `npm run build`: builds the Pagefind search index into the static files of the current
// DEPLOY_TARGET (dist/client for the Node server, .vercel/output/static for Vercel): the article pages as built, and
// the glossary terms, tools, services and fixed pages from the records the build wrote (src/data/search-records.ts),
// each with its kind. The records file is removed afterwards: it is input, not a page.
import './require-node.mjs';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { BUILD_DIRS, resolveDeployTarget } from '../lib/deploy-target.mjs';
import { SEARCH_EXCLUDED_SELECTORS, SEARCH_RECORDS_FILE, SEARCHABLE_PAGES_GLOB } from '../lib/site/search-index.mjs';

const site = BUILD_DIRS[resolveDeployTarget(process.env)].staticDir;
const recordsFile = join(site, SEARCH_RECORDS_FILE);

/** Stops with Pagefind's own messages. */
function check(/** @type {{ errors: string[] }} */ response, /** @type {string} */ step) {
  if (response.errors.length === 0) return;
  throw new Error(`Zoekindex: ${step} mislukt: ${response.errors.join('; ')}`);
}

const started = performance.now();
try {
  /** @type {{ kind: string, url: string, title: string, content: string }[]} */
  const records = JSON.parse(await readFile(recordsFile, 'utf8'));
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: SEARCH_EXCLUDED_SELECTORS });
  if (!index) throw new Error(`Zoekindex: Pagefind start niet: ${errors.join('; ')}`);
  const pages = await index.addDirectory({ path: site, glob: SEARCHABLE_PAGES_GLOB });
  check(pages, 'artikelen lezen');
  for (const record of records) {
    check(
      await index.addCustomRecord({
        url: record.url,
        content: record.content,
        language: 'nl',
        meta: { title: record.title, soort: record.kind },
      }),
      `${record.url} toevoegen`,
    );
  }
  check(await index.writeFiles({ outputPath: join(site, 'pagefind') }), 'schrijven');
  await rm(recordsFile);
  // The time is read by the build benchmark (tests/bench/build-phases.mjs).
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  console.log(
    `Zoekindex: de artikelen en ${records.length} begrippen, rekenhulpen, diensten en pagina's, in ${seconds} s.`,
  );
} finally {
  await pagefind.close();
}
