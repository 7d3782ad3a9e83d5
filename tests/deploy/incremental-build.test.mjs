// `npm run test:deploy`: the incremental build (experimental.incrementalBuild, with the cache keys of the article pages
// in src/pages/kennisbank/[slug].astro) as a host runs it after an editor's save. In a copy of the site, built before:
// a build with nothing changed renders no article page, and a build after one article's title changed reuses the
// article pages that do not show that article, and renders anew the article itself and every page that lists it
// under "Lees ook".
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { stripVTControlCharacters } from 'node:util';
import { parse } from 'node-html-parser';
import { parse as parseYaml } from 'yaml';
import { buildSite, contentOf, copySite } from '../support/editor-site.mjs';

const NEW_TITLE_SUFFIX = ' (nieuwe titel)';

/** Slugs of the built article pages, with the slugs their "Lees ook" section links to. */
function relatedLinks(clientDir) {
  const links = new Map();
  for (const slug of readdirSync(join(clientDir, 'kennisbank'))) {
    let html;
    try {
      html = readFileSync(join(clientDir, 'kennisbank', slug, 'index.html'), 'utf8');
    } catch {
      continue;
    }
    if (!html.includes('"@type":"Article"')) continue;
    const section = parse(html).querySelector('section[aria-labelledby="gerelateerd"]');
    const hrefs = section?.querySelectorAll('a').map((a) => a.getAttribute('href') ?? '') ?? [];
    links.set(
      slug,
      hrefs.map((href) => href.replace(/^\/kennisbank\/|\/$/g, '')),
    );
  }
  return links;
}

/** The article pages the build log marks as copied from the previous build. */
function reusedArticlePages(output) {
  return new Set(
    [...stripVTControlCharacters(output).matchAll(/\/kennisbank\/([^/\s]+)\/index\.html \((?:cached|restored)\)/g)].map(
      (m) => m[1],
    ),
  );
}

/** Every built page the build log marks as copied from the previous build, as paths like "/kennisbank/index.html". */
function reusedPages(output) {
  return new Set(
    [...stripVTControlCharacters(output).matchAll(/(\/\S*\.html) \((?:cached|restored)\)/g)].map((m) => m[1]),
  );
}

/** The listing pages (/kennisbank/, each topic and audience) as paths, with the article slugs each one lists. */
function listingPages(clientDir) {
  const pages = new Map();
  const listingPaths = [
    'kennisbank/index.html',
    ...['onderwerp', 'voor'].flatMap((kind) =>
      readdirSync(join(clientDir, 'kennisbank', kind)).map((id) => `kennisbank/${kind}/${id}/index.html`),
    ),
  ];
  for (const path of listingPaths) {
    const list = parse(readFileSync(join(clientDir, path), 'utf8')).querySelector('[data-testid="artikellijst"]');
    const slugs = list
      ?.querySelectorAll('h2 a')
      .map((a) => (a.getAttribute('href') ?? '').replace(/^\/kennisbank\/|\/$/g, ''));
    pages.set(`/${path}`, slugs ?? []);
  }
  return pages;
}

/** The copy of the site both groups below build, one after the other. */
let site;

describe('after one changed article, the next build', () => {
  let clientDir;
  let changed;
  let listing;
  let untouched;
  let unchanged;
  let second;
  let listings;

  before(() => {
    site = copySite('incremental-build');
    clientDir = join(site, 'dist/client');
    const first = buildSite(site);
    assert.ok(first.ok, first.output);
    assert.equal(reusedArticlePages(first.output).size, 0, 'a first build has nothing to reuse');

    unchanged = buildSite(site);
    assert.ok(unchanged.ok, unchanged.output);

    const links = relatedLinks(clientDir);
    // An article that another one lists under "Lees ook", and an article that neither is nor lists it.
    [listing, [changed]] = [...links].find(([, related]) => related.length > 0);
    untouched = [...links.keys()].filter((slug) => slug !== changed && !links.get(slug).includes(changed));
    assert.ok(untouched.length > 0);
    listings = listingPages(clientDir);

    const file = contentOf(site, 'kennisbank', `${changed}.mdx`);
    const text = readFileSync(file, 'utf8');
    const { titel } = parseYaml(text.split(/^---$/m)[1]);
    writeFileSync(file, text.replace(/^titel: .*$/m, `titel: ${JSON.stringify(titel + NEW_TITLE_SUFFIX)}`));

    second = buildSite(site);
    assert.ok(second.ok, second.output);
  });

  it('a build with nothing changed renders no article page and no listing page again', () => {
    const reused = reusedArticlePages(unchanged.output);
    const renderedAgain = [...relatedLinks(clientDir).keys()].filter((slug) => !reused.has(slug));
    assert.deepEqual(renderedAgain, []);
    const reusedPaths = reusedPages(unchanged.output);
    assert.deepEqual(
      [...listings.keys()].filter((path) => !reusedPaths.has(path)),
      [],
    );
  });

  it('reuses every article page that does not show the changed article', () => {
    const reused = reusedArticlePages(second.output);
    const renderedAgain = untouched.filter((slug) => !reused.has(slug));
    assert.deepEqual(renderedAgain, [], `changed: ${changed}; rendered again: ${renderedAgain.join(', ')}`);
  });

  it('renders the changed article again, with its new title', () => {
    assert.ok(!reusedArticlePages(second.output).has(changed));
    const html = readFileSync(join(clientDir, 'kennisbank', changed, 'index.html'), 'utf8');
    assert.match(parse(html).querySelector('h1')?.textContent ?? '', new RegExp(`${NEW_TITLE_SUFFIX.trim()}`));
  });

  it('renders a page that lists the changed article under "Lees ook" again, with the new title', () => {
    assert.ok(!reusedArticlePages(second.output).has(listing));
    const html = readFileSync(join(clientDir, 'kennisbank', listing, 'index.html'), 'utf8');
    const link = parse(html).querySelector(`section[aria-labelledby="gerelateerd"] a[href="/kennisbank/${changed}/"]`);
    assert.ok(link?.textContent.includes(NEW_TITLE_SUFFIX.trim()), link?.textContent);
  });

  it('reuses every listing page that does not list the changed article, and renders the ones that do again', () => {
    const reused = reusedPages(second.output);
    const showing = [...listings].filter(([, slugs]) => slugs.includes(changed)).map(([path]) => path);
    const notShowing = [...listings].filter(([, slugs]) => !slugs.includes(changed)).map(([path]) => path);
    assert.ok(showing.length > 1 && notShowing.length > 0, `showing: ${showing}; not showing: ${notShowing}`);
    assert.deepEqual(
      showing.filter((path) => reused.has(path)),
      [],
    );
    assert.deepEqual(
      notShowing.filter((path) => !reused.has(path)),
      [],
    );
  });

  it("keeps the build log free of Rolldown's warning about Astro's own head-inject directive", () => {
    for (const output of [unchanged.output, second.output]) assert.doesNotMatch(output, /use astro:head-inject/);
  });

  it('shows the new title on the kennisbank index', () => {
    const index = readFileSync(join(clientDir, 'kennisbank/index.html'), 'utf8');
    assert.ok(index.includes(NEW_TITLE_SUFFIX.trim()));
  });
});

describe("after a change in the bureau's details, the next build", () => {
  const NEW_PHONE = '030 999 88 77';
  let build;

  before(() => {
    const file = contentOf(site, 'bureau.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^telefoon: .*$/m, `telefoon: ${NEW_PHONE}`));
    build = buildSite(site);
    assert.ok(build.ok, build.output);
  });

  it('renders every article page again, each with the new phone number', () => {
    assert.equal(reusedArticlePages(build.output).size, 0);
    const clientDir = join(site, 'dist/client');
    for (const slug of relatedLinks(clientDir).keys()) {
      const html = readFileSync(join(clientDir, 'kennisbank', slug, 'index.html'), 'utf8');
      assert.ok(html.includes(NEW_PHONE), `${slug} shows the old phone number`);
    }
  });
});
