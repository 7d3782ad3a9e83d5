// The article budget of the bench (tests/bench/README.md): every article page at most 14 KB of HTML, gzip at level 6
// (what servers and CDNs typically apply). Shared by the build test on the fixture site (tests/build/) and
// `npm run check:article-weight` on whatever content dist/ was built from, so the real content is measured too.
// Plain JavaScript so the CLI runs without a build step.
import { gzipSync } from 'node:zlib';

/** Most HTML an article page may weigh, gzip level 6, in bytes. */
export const ARTICLE_HTML_BUDGET = 14 * 1024;

/** True for an article page: it carries the Article structured data. */
export const isArticlePage = (/** @type {string} */ html) => html.includes('"@type":"Article"');

/** Gzip size (level 6) of a page's HTML in bytes. */
export const htmlWeight = (/** @type {string} */ html) => gzipSync(html, { level: 6 }).length;
