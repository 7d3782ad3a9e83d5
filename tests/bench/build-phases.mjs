// Where one build's time went, read from its log: Astro's own phase timings, the time of every rendered page (Astro
// prints "(+12ms)" after each), and Pagefind's total. Used by kennisbank.mjs to show, in every run, which phases
// make up the difference between our build and the blog example's.
import { stripVTControlCharacters } from 'node:util';

/**
 * @typedef {object} PageGroup
 * @property {number} count  pages rendered (pages copied from the previous build are not counted)
 * @property {number} ms     their summed render time
 */

/**
 * @typedef {object} BuildPhases
 * @property {number} collectMs      "Collecting build info": the content sync and the type generation
 * @property {number} bundleMs       the first Vite build: every page and article module for prerendering
 * @property {number} otherBundlesMs the other Vite builds (our on-demand server routes and client islands)
 * @property {number} renderMs       "generating static routes": rendering and writing every page
 * @property {number} searchIndexMs  the Pagefind index (0 for a site without one)
 * @property {{ article: PageGroup, listing: PageGroup, other: PageGroup }} pages
 */

/** A duration as Astro and Vite print it: "855ms", "3.53s", "1m 4s" or "2m". */
const DURATION = String.raw`(\d+m(?!s)(?: \d+s)?|[\d.]+m?s)`;

/** Milliseconds of a duration matched by DURATION. */
function toMs(duration) {
  const minutes = duration.match(/^(\d+)m(?: (\d+)s)?$/);
  if (minutes) return Number(minutes[1]) * 60_000 + Number(minutes[2] ?? 0) * 1000;
  return duration.endsWith('ms') ? Number(duration.slice(0, -2)) : Math.round(Number(duration.slice(0, -1)) * 1000);
}

/**
 * Reads the phases of one build from its output.
 * @param {string} output  the build's combined stdout and stderr
 * @param {{ isArticle: (path: string) => boolean, isListing: (path: string) => boolean }} kinds  page kinds by path
 * @returns {BuildPhases}
 */
export function buildPhases(output, { isArticle, isListing }) {
  const text = stripVTControlCharacters(output);
  const durations = (pattern) => [...text.matchAll(new RegExp(pattern, 'g'))].map((m) => toMs(m[1]));
  const buildSteps = durations(String.raw`\[build\] ✓ Completed in ${DURATION}`);
  const bundles = durations(String.raw`\[vite\] ✓ built in ${DURATION}`);
  // Rendering ends with the first "✓ Completed in" after "generating static routes" ("prerendering" with an adapter);
  // image optimisation, when there are images, prints its own one later.
  const routesStart = text.search(/(?:generating|prerendering) static routes/);
  const render = routesStart < 0 ? null : text.slice(routesStart).match(new RegExp(`✓ Completed in ${DURATION}`));
  // Our build's own line (src/cli/search-index.mjs), or the Pagefind command line's.
  const searchIndex = text.match(/^Zoekindex: .* in ([\d.]+) s\.$/m) ?? text.match(/^Finished in ([\d.]+) seconds/m);
  const pages = { article: { count: 0, ms: 0 }, listing: { count: 0, ms: 0 }, other: { count: 0, ms: 0 } };
  for (const match of text.matchAll(new RegExp(String.raw`[├└]─ (/\S*) \(\+${DURATION}\)`, 'g'))) {
    const [, path, duration] = match;
    const group = isArticle(path) ? pages.article : isListing(path) ? pages.listing : pages.other;
    group.count += 1;
    group.ms += toMs(duration);
  }
  return {
    collectMs: buildSteps[0] ?? Number.NaN,
    bundleMs: bundles[0] ?? Number.NaN,
    otherBundlesMs: bundles.slice(1).reduce((sum, ms) => sum + ms, 0),
    renderMs: render ? toMs(render[1]) : Number.NaN,
    searchIndexMs: searchIndex ? Math.round(Number(searchIndex[1]) * 1000) : 0,
    pages,
  };
}

const median = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

/**
 * A Markdown table of the phases of two sites' builds (the median of each phase over the builds given), with the
 * wall time left for start-up and hooks, and a line on the pages rendered.
 * @param {string} title
 * @param {{ wallMs: number, phases: BuildPhases }[]} ours
 * @param {{ wallMs: number, phases: BuildPhases }[]} blog
 * @returns {string[]}
 */
export function phaseTable(title, ours, blog) {
  const of = (list, pick) => median(list.map((build) => pick(build.phases)));
  const rendered = (p) => p.pages.article.ms + p.pages.listing.ms + p.pages.other.ms;
  const measured = (p) => p.collectMs + p.bundleMs + p.otherBundlesMs + p.renderMs + p.searchIndexMs;
  const rows = [
    ['collecting build info (content sync, types)', (p) => p.collectMs],
    ['bundling pages and articles (Vite)', (p) => p.bundleMs],
    ['other bundles (on-demand server routes, islands)', (p) => p.otherBundlesMs],
    ['rendering article pages', (p) => p.pages.article.ms],
    ['rendering listing pages', (p) => p.pages.listing.ms],
    ['rendering other pages (home, tools, feeds …)', (p) => p.pages.other.ms],
    ['rest of rendering (copying reused pages, writing)', (p) => p.renderMs - rendered(p)],
    ['search index (Pagefind)', (p) => p.searchIndexMs],
  ].map(([name, pick]) => [name, of(ours, pick), of(blog, pick)]);
  const wall = (list) => median(list.map((build) => build.wallMs));
  rows.push(
    [
      'rest of the wall time (start-up, hooks, sitemap)',
      wall(ours) - of(ours, measured),
      wall(blog) - of(blog, measured),
    ],
    ['wall time', wall(ours), wall(blog)],
  );
  const count = (list, kind) => of(list, (p) => p.pages[kind].count);
  const perArticle = (list) => of(list, (p) => p.pages.article.ms / Math.max(1, p.pages.article.count));
  return [
    title,
    '',
    '| phase | ours | blog example | ours − blog |',
    '| --- | ---: | ---: | ---: |',
    ...rows.map(
      ([name, a, b]) =>
        `| ${name} | ${seconds(a)} | ${seconds(b)} | ${a >= b ? '+' : '−'}${seconds(Math.abs(a - b))} |`,
    ),
    '',
    `Pages rendered: ours ${count(ours, 'article')} articles, ${count(ours, 'listing')} listing pages and ${count(ours, 'other')} others; the blog example ${count(blog, 'article')} posts and ${count(blog, 'listing') + count(blog, 'other')} others. Per rendered article page: ours ${perArticle(ours).toFixed(1)} ms, the blog example ${perArticle(blog).toFixed(1)} ms.`,
  ];
}

/**
 * What the phases prove about the targets, from the work the blog example does not do (the search index, the bundles
 * of on-demand routes and islands, the listing pages by topic and audience: it has one listing page) and from the
 * phases a re-publish cannot skip: lower bounds that hold even if every other phase of ours took exactly as long as
 * the blog example's.
 * @param {{ n: number, wallMs: number, phases: BuildPhases }[]} ours   cold builds of ours at two or more sizes
 * @param {{ n: number, wallMs: number, phases: BuildPhases }[]} blog   cold builds of the blog example, same sizes
 * @param {{ wallMs: number, phases: BuildPhases }[]} republishes       our warm re-publishes at the largest size
 */
export function phaseBounds(ours, blog, republishes) {
  const sizes = [...new Set(ours.map((b) => b.n))].sort((a, b) => a - b);
  const [smallest, largest] = [sizes[0], sizes[sizes.length - 1]];
  const at = (list, n) => list.filter((b) => b.n === n);
  const of = (list, pick) => median(list.map((b) => pick(b.phases)));
  const wall = (list) => median(list.map((b) => b.wallMs));
  const notInBlog = (p) => p.searchIndexMs + p.otherBundlesMs + p.pages.listing.ms;
  const blogWall = wall(at(blog, largest));
  // What ours spends on these phases beyond what the blog example spends on them.
  const coldExtraMs = of(at(ours, largest), notInBlog) - of(at(blog, largest), notInBlog);
  const extraArticles = largest - smallest;
  const blogPerArticleMs = (blogWall - wall(at(blog, smallest))) / extraArticles;
  const growth = (list) => (of(at(list, largest), notInBlog) - of(at(list, smallest), notInBlog)) / extraArticles;
  const growthExtraMs = growth(ours) - growth(blog);
  const republishFixedMs = of(republishes, (p) => p.collectMs + p.bundleMs + p.otherBundlesMs + p.searchIndexMs);
  return {
    /** Our cold build can be no faster than the blog's plus the search index, the other bundles and the listings. */
    coldRatioFloor: (blogWall + coldExtraMs) / blogWall,
    coldExtraMs,
    /** Per extra article, the search index, other bundles and listing pages grow on top of the blog's growth. */
    growthRatioFloor: (blogPerArticleMs + growthExtraMs) / blogPerArticleMs,
    growthExtraMs,
    /** A re-publish syncs, bundles every article and the other bundles, and builds the whole search index, whatever changed. */
    republishRatioFloor: republishFixedMs / wall(at(ours, largest)),
    republishFixedMs,
  };
}

/**
 * The lower bounds as Markdown lines: a title, then one list item per target.
 * @param {ReturnType<typeof phaseBounds>} bounds
 * @returns {string[]}
 */
export function boundLines(bounds) {
  return [
    "Lower bounds from these phases (they hold even if every other phase took exactly as long as the blog example's):",
    '',
    `- cold build ≥ ${bounds.coldRatioFloor.toFixed(2)}× the blog example's: the search index, the other bundles and the listing pages alone add ${seconds(bounds.coldExtraMs)};`,
    `- growth ≥ ${bounds.growthRatioFloor.toFixed(2)}× the blog example's: the search index, other bundles and listing pages add ${bounds.growthExtraMs.toFixed(1)} ms per article;`,
    `- re-publish ≥ ${bounds.republishRatioFloor.toFixed(2)}× a cold build: syncing, bundling every article and the whole search index take ${seconds(bounds.republishFixedMs)} whatever changed.`,
  ];
}
