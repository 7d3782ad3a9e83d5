// Budgets and link checks on the production build itself (dist/client): no browser needed, so Vitest runs them
// right after `npm run build` (`npm run test:build`).
import { readFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { parse, type HTMLElement } from 'node-html-parser';
import { readdirSync } from 'node:fs';
import { join, matchesGlob } from 'node:path';
import { SEARCHABLE_PAGES_GLOB } from '../../src/lib/site/search-index.mjs';
import { ARTICLE_HTML_BUDGET, htmlWeight, isArticlePage } from '../../src/lib/site/article-weight.mjs';
import {
  builtFileFor,
  builtPages,
  CLIENT_DIR,
  isVagueLinkText,
  pathExists,
  resolveInternalHref,
} from '../support/built-site';
import { publishedArticles, unpublishedArticles } from '../browser/knowledge-base/article-files';
import { glossary, services } from '../support/site-content';
import { contentPath } from '../../src/cli/content-dir.mjs';
import { TOOL_SLUGS } from '../../src/lib/calculators/catalogue';
import { sourceUrlKey } from '../../src/lib/knowledge-base/source-citations';

const KB = 1024;
const pages = builtPages().map((page) => ({ ...page, dom: parse(page.html) }));
const gzipBytes = (content: string | Buffer) => gzipSync(content, { level: 9 }).length;

/** Accessible name of a link as a screen reader would announce it (aria-label, else text, else image alt). */
function linkName(link: HTMLElement): string {
  const label = link.getAttribute('aria-label');
  if (label) return label;
  const text = link.textContent.trim();
  if (text) return text;
  return link
    .querySelectorAll('img[alt]')
    .map((image) => image.getAttribute('alt') ?? '')
    .join(' ');
}

test('the build has the pages the checks below need', () => {
  expect(pages.length).toBeGreaterThan(20);
  expect(pages.map((page) => page.path)).toEqual(expect.arrayContaining(['/', '/404.html', '/aanbieden/']));
});

test('the search index reads every page with searchable text, and only those', () => {
  const searchable = pages.filter((page) => page.dom.querySelector('[data-pagefind-body]'));
  expect(searchable.length).toBe(publishedArticles().length);
  const fileOf = (path: string) => (path.endsWith('/') ? `${path}index.html` : path).slice(1);
  expect(
    searchable.map((page) => page.path).filter((path) => !matchesGlob(fileOf(path), SEARCHABLE_PAGES_GLOB)),
  ).toEqual([]);
  // Besides the articles: every glossary term, tool, service and fixed page (src/data/search-records.ts).
  const fixedPages = readdirSync(contentPath('paginas')).filter((name) => name.endsWith('.mdx')).length;
  const records = glossary.length + TOOL_SLUGS.length + services.length + fixedPages;
  expect(fixedPages).toBeGreaterThan(0);
  expect(services.length).toBeGreaterThan(0);
  const entry = JSON.parse(readFileSync(join(CLIENT_DIR, 'pagefind/pagefind-entry.json'), 'utf8'));
  expect(entry.languages.nl.page_count).toBe(searchable.length + records);
  expect(pathExists('/zoekbronnen.json'), 'the records file is input for the index, not a page').toBe(false);
});

test('no page is over 60 KB of HTML (gzip)', () => {
  const tooLarge = pages
    .map((page) => ({ path: page.path, bytes: gzipBytes(page.html) }))
    .filter((page) => page.bytes > 60 * KB);
  expect(tooLarge).toEqual([]);
});

// The same measure as `npm run check:article-weight` on the real content.
test('every article page is at most 14 KB of HTML (gzip at level 6, as `npm run bench` measures it)', () => {
  const articlePages = pages.filter((page) => isArticlePage(page.html));
  expect(articlePages.length).toBe(publishedArticles().length);
  const tooLarge = articlePages
    .map((page) => ({ path: page.path, bytes: htmlWeight(page.html) }))
    .filter((page) => page.bytes > ARTICLE_HTML_BUDGET);
  expect(tooLarge).toEqual([]);
});

test("no built page carries Astro's island runtime inline (one cached file instead)", () => {
  const withIslands = pages.filter((page) => page.html.includes('<astro-island'));
  expect(withIslands.length).toBeGreaterThan(0);
  for (const page of withIslands) {
    expect(page.html, page.path).toMatch(/<script src="\/_astro\/astro-island\.[\w-]+\.js" defer><\/script>/);
    expect(page.html, page.path).not.toContain('customElements.define("astro-island"');
  }
});

test('no page loads more than 15 KB of CSS (gzip)', () => {
  const problems: string[] = [];
  for (const page of pages) {
    const hrefs = page.dom.querySelectorAll('link[rel="stylesheet"]').map((link) => link.getAttribute('href') ?? '');
    const inlineCss = page.dom
      .querySelectorAll('style')
      .map((style) => style.textContent)
      .join('');
    let bytes = inlineCss ? gzipBytes(inlineCss) : 0;
    for (const href of hrefs) {
      const file = builtFileFor(new URL(href, 'http://site.invalid').pathname);
      if (!file) problems.push(`${page.path}: stylesheet ${href} is missing`);
      else bytes += gzipBytes(readFileSync(file));
    }
    if (bytes > 15 * KB) problems.push(`${page.path}: ${bytes} bytes of CSS`);
  }
  expect(problems).toEqual([]);
});

test('every image is in a modern format and has its width and height set', () => {
  const problems: string[] = [];
  const images = pages.flatMap((page) => page.dom.querySelectorAll('img').map((image) => ({ page, image })));
  expect(images.length, 'the site under test shows at least one image').toBeGreaterThan(0);
  for (const { page, image } of images) {
    const src = image.getAttribute('src') ?? '';
    if (!/\.(avif|webp|svg)(\?|$)/i.test(src)) problems.push(`${page.path}: ${src} is not AVIF, WebP or SVG`);
    if (!image.getAttribute('width') || !image.getAttribute('height'))
      problems.push(`${page.path}: ${src} lacks width/height`);
  }
  expect(problems).toEqual([]);
});

test('every internal link and anchor resolves', () => {
  const idsByPath = new Map(
    pages.map((page) => [page.path, new Set(page.dom.querySelectorAll('[id]').map((el) => el.id))]),
  );
  const problems: string[] = [];
  let checked = 0;
  for (const page of pages) {
    for (const link of page.dom.querySelectorAll('a[href]')) {
      const href = link.getAttribute('href') ?? '';
      const target = resolveInternalHref(page.path, href);
      if (!target) continue;
      checked++;
      if (!pathExists(target.path)) {
        problems.push(`${page.path}: link to ${href} goes nowhere`);
        continue;
      }
      const ids = idsByPath.get(target.path);
      if (target.fragment && ids && !ids.has(target.fragment))
        problems.push(`${page.path}: anchor ${href} does not exist`);
    }
  }
  // Every page has the header's and footer's links at least.
  expect(checked).toBeGreaterThan(pages.length * 10);
  expect(problems).toEqual([]);
});

test("an article's inline links to its own sources are numbered references to its sources list", () => {
  const articlePages = pages.filter((page) => page.dom.querySelector('ol.source-list'));
  expect(articlePages.length).toBe(publishedArticles().length);
  const problems: string[] = [];
  let references = 0;
  for (const page of articlePages) {
    const listed = new Map(
      page.dom
        .querySelectorAll('ol.source-list > li')
        .map((item) => [sourceUrlKey(item.querySelector('a')?.getAttribute('href') ?? ''), item.id]),
    );
    // The text's own links; a component's source line (a key figure's "bron: UWV", the timeline's sources) is marked
    // rel="noopener" and stays a link beside its figure.
    for (const link of page.dom.querySelectorAll('[data-article-body] a[href^="http"]:not([rel])')) {
      const source = listed.get(sourceUrlKey(link.getAttribute('href') ?? ''));
      if (source) problems.push(`${page.path}: "${link.textContent}" links to source ${source} instead of citing it`);
    }
    for (const reference of page.dom.querySelectorAll('sup.citation > a')) {
      references++;
      const id = (reference.getAttribute('href') ?? '').slice(1);
      if (![...listed.values()].includes(id)) problems.push(`${page.path}: ${reference.textContent} cites no source`);
      if (reference.textContent !== `bron [${id.slice('bron-'.length)}]`)
        problems.push(`${page.path}: reference to ${id} reads "${reference.textContent}"`);
    }
  }
  expect(references).toBeGreaterThan(0);
  expect(problems).toEqual([]);
});

test('no link has vague text such as "klik hier" or "lees meer"', () => {
  const problems = pages.flatMap((page) =>
    page.dom
      .querySelectorAll('a[href]')
      .filter((link) => isVagueLinkText(linkName(link)))
      .map((link) => `${page.path}: "${linkName(link)}" → ${link.getAttribute('href')}`),
  );
  expect(problems).toEqual([]);
});

test('the sitemap lists every published article, no draft or scheduled one', () => {
  const sitemap = readdirSync(CLIENT_DIR)
    .filter((name) => /^sitemap-\d+\.xml$/.test(name))
    .map((name) => readFileSync(join(CLIENT_DIR, name), 'utf8'))
    .join('\n');
  for (const article of publishedArticles()) expect(sitemap).toContain(`/kennisbank/${article.slug}/</loc>`);
  for (const draft of unpublishedArticles()) expect(sitemap).not.toContain(`/kennisbank/${draft.slug}/`);
});

test('drafts and scheduled articles are nowhere: no page, no link, not in the feed, sitemap or search index', () => {
  const unpublished = unpublishedArticles();
  const fragments = readdirSync(join(CLIENT_DIR, 'pagefind/fragment')).map((name) =>
    gunzipSync(readFileSync(join(CLIENT_DIR, 'pagefind/fragment', name))).toString('utf8'),
  );
  // The check below must be able to see an article in the index at all.
  expect(fragments.some((fragment) => fragment.includes(`/kennisbank/${publishedArticles()[0]!.slug}/`))).toBe(true);
  const feed = readFileSync(join(CLIENT_DIR, 'kennisbank/rss.xml'), 'utf8');
  const sitemap = readdirSync(CLIENT_DIR)
    .filter((name) => /^sitemap-\d+\.xml$/.test(name))
    .map((name) => readFileSync(join(CLIENT_DIR, name), 'utf8'))
    .join('\n');
  const problems: string[] = [];
  for (const { slug, frontmatter } of unpublished) {
    const path = `/kennisbank/${slug}/`;
    if (pathExists(path)) problems.push(`${path} was built`);
    for (const page of pages)
      if (page.html.includes(path) || page.html.includes(frontmatter.titel))
        problems.push(`${page.path} names ${path}`);
    if (feed.includes(path)) problems.push(`the feed lists ${path}`);
    if (sitemap.includes(path)) problems.push(`the sitemap lists ${path}`);
    if (fragments.some((fragment) => fragment.includes(path))) problems.push(`the search index has ${path}`);
  }
  expect(problems).toEqual([]);
});
