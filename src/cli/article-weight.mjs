// `npm run check:article-weight`: the gzip weight of every article page in the current build (dist/client), heaviest
// first, and exit code 1 when one is over the 14 KB budget. Run it after `npm run build` to measure the real content
// (the build tests measure the fixture site).
import './require-node.mjs';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD_DIRS, resolveDeployTarget } from '../lib/deploy-target.mjs';
import { ARTICLE_HTML_BUDGET, htmlWeight, isArticlePage } from '../lib/site/article-weight.mjs';

const listing = join(BUILD_DIRS[resolveDeployTarget(process.env)].staticDir, 'kennisbank');
if (!existsSync(listing)) {
  console.error(`${listing} does not exist: run \`npm run build\` first.`);
  process.exit(1);
}
const weights = readdirSync(listing)
  .map((slug) => ({ slug, file: join(listing, slug, 'index.html') }))
  .filter(({ file }) => existsSync(file))
  .map(({ slug, file }) => ({ slug, html: readFileSync(file, 'utf8') }))
  .filter(({ html }) => isArticlePage(html))
  .map(({ slug, html }) => ({ slug, bytes: htmlWeight(html) }))
  .sort((a, b) => b.bytes - a.bytes);
if (weights.length === 0) {
  console.error(`No article pages in ${listing}.`);
  process.exit(1);
}
const kb = (/** @type {number} */ bytes) => (bytes / 1024).toFixed(2).padStart(6);
for (const { slug, bytes } of weights)
  console.log(`${kb(bytes)} KB  ${slug}${bytes > ARTICLE_HTML_BUDGET ? '  OVER BUDGET' : ''}`);
const over = weights.filter(({ bytes }) => bytes > ARTICLE_HTML_BUDGET);
console.log(
  `${weights.length} article pages, budget ${ARTICLE_HTML_BUDGET / 1024} KB of HTML (gzip level 6); ${over.length} over.`,
);
process.exit(over.length > 0 ? 1 : 0);
