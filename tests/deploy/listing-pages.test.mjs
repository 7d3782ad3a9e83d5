// `npm run test:deploy`: the kennisbank's listing pages at a size the bureau will reach. A copy of the site with 100
// realistic articles (the benchmark's generator) in place of its own is built; every listing (/kennisbank/, each topic,
// each audience) must show each of its published articles exactly once over its pages, at most 30 per page, with a
// page navigation between them, and each listing page must stay far within the HTML budget.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import { chromium } from '@playwright/test';
import { parse } from 'node-html-parser';
import { WCAG_TAGS } from '../browser/support/axe.ts';
import { chromiumLaunchOptions } from '../browser/support/chromium.ts';
import {
  generateRealisticArticles,
  knowledgeBaseFile,
  LAST_ARTICLE_DATE,
  readContentIds,
} from '../bench/realistic-articles.mjs';
import { dropServiceArticleLinks } from '../bench/site-copy.mjs';
import { buildSite, contentOf, copySite, serveSite } from '../support/editor-site.mjs';

const ARTICLES = 100;
const PER_PAGE = 30;
const KB = 1024;

let site;
/** Each listing's first page with the slugs of the published articles it must show. */
let listings;

/** The built HTML of an address. */
const html = (path) => readFileSync(join(site, 'dist/client', path, 'index.html'), 'utf8');
/** The article slugs a listing page lists, in order. */
const listed = (dom) =>
  dom
    .querySelectorAll('section[aria-label="Artikelen"] li h2 a')
    .map((a) => a.getAttribute('href').replace(/^\/kennisbank\/|\/$/g, ''));
/** The page navigation under a listing. */
const PAGINATION = 'nav[aria-label^="Pagina"]';
/** The addresses of every page of a listing, following its "Volgende" links from the first. */
function pagesOf(first) {
  const paths = [first];
  for (;;) {
    const next = parse(html(paths.at(-1))).querySelector(`${PAGINATION} a[rel="next"]`);
    if (!next) return paths;
    paths.push(next.getAttribute('href'));
  }
}

describe('the kennisbank listings with 100 articles', () => {
  before(() => {
    site = copySite('listing-pages');
    const dir = contentOf(site, 'kennisbank');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    dropServiceArticleLinks(contentOf(site));
    const { topics } = readContentIds(contentOf(site));
    const articles = generateRealisticArticles(ARTICLES, { topicIds: topics });
    for (const article of articles) writeFileSync(join(dir, `${article.slug}.mdx`), knowledgeBaseFile(article));

    const published = articles.filter((a) => !a.draft);
    const slugsWith = (test) => published.filter(test).map((a) => a.slug);
    listings = [
      ['/kennisbank/', slugsWith(() => true)],
      ...topics.map((id) => [`/kennisbank/onderwerp/${id}/`, slugsWith((a) => a.topics.includes(id))]),
      ...['inlener', 'werkgever', 'werknemer'].map((id) => [
        `/kennisbank/voor/${id}/`,
        slugsWith((a) => a.audiences.includes(id)),
      ]),
    ];
    const build = buildSite(site, { BUILD_DATE: LAST_ARTICLE_DATE });
    assert.ok(build.ok, build.output.slice(-4000));
  });

  it('shows every published article of a listing exactly once over its pages, at most 30 a page', () => {
    for (const [first, expected] of listings) {
      const pages = pagesOf(first).map((path) => listed(parse(html(path))));
      assert.ok(
        pages.every((items) => items.length <= PER_PAGE),
        `${first}: ${pages.map((p) => p.length)}`,
      );
      assert.equal(pages.length, Math.max(1, Math.ceil(expected.length / PER_PAGE)), first);
      assert.deepEqual(pages.flat().sort(), [...expected].sort(), first);
    }
  });

  it('numbers the later pages in their title and address, and marks the current page in the navigation', () => {
    const pages = pagesOf('/kennisbank/');
    assert.ok(pages.length >= 3);
    assert.equal(pages[1], '/kennisbank/pagina/2/');
    const second = parse(html(pages[1]));
    assert.match(second.querySelector('h1').textContent, new RegExp(`pagina 2 van ${pages.length}`));
    assert.match(second.querySelector('title').textContent, /pagina 2 van/);
    const current = second.querySelector(`${PAGINATION} a[aria-current="page"]`);
    assert.equal(current.getAttribute('href'), '/kennisbank/pagina/2/');
    assert.equal(second.querySelector(`${PAGINATION} a[rel="prev"]`).getAttribute('href'), '/kennisbank/');
  });

  it('keeps every listing page light: at most 25 KB of HTML (gzip), whatever the number of articles', () => {
    for (const [first] of listings)
      for (const path of pagesOf(first)) {
        const size = gzipSync(html(path), { level: 9 }).length;
        assert.ok(size <= 25 * KB, `${path}: ${(size / KB).toFixed(1)} KB`);
      }
  });

  it('has an accessible page navigation that works with the keyboard, on a phone and on a wide screen', async () => {
    const server = await serveSite(site);
    const browser = await chromium.launch(chromiumLaunchOptions());
    try {
      for (const width of [390, 1280]) {
        const context = await browser.newContext({ viewport: { width, height: 900 } });
        const page = await context.newPage();
        await page.goto(`${server.url}/kennisbank/pagina/2/`);
        const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
        assert.deepEqual(
          results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((n) => n.target).join(', ')}`),
          [],
          `at ${width} px`,
        );
        const next = page.getByRole('navigation', { name: "Pagina's met artikelen" }).getByRole('link', {
          name: 'Volgende pagina',
        });
        await next.focus();
        await page.keyboard.press('Enter');
        await page.waitForURL(`${server.url}/kennisbank/pagina/3/`);
        assert.equal(await page.getByRole('link', { name: 'Pagina 3' }).getAttribute('aria-current'), 'page');
        await context.close();
      }
    } finally {
      await browser.close();
      await server.stop();
    }
  });
});
