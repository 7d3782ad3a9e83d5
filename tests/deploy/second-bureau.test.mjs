// `npm run test:deploy`: the site is the bureau's own, whoever the bureau is. A copy of the fixture site gets a second
// bureau's files (tests/fixtures/second-bureau/, copied over its content folder) and is built; then no public file of
// the build (pages, feeds, sitemap, robots.txt, scripts, the search index) may mention the bureau it replaced or the
// demo bureau in content/, while the second bureau's values are on its pages. A value that is hard-coded, or read from
// the wrong folder, fails here. The same build shows that logo and palette follow the bureau and, as the second bureau
// is a demo (demo: true) where the fixture site is live, what demo mode does to every page; a last build, which stops
// while reading its configuration, shows that a live site with the demo's placeholders is refused.
import assert from 'node:assert/strict';
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { parse as parseYaml } from 'yaml';
import { contentDir } from '../../src/cli/content-dir.mjs';
import { telHref } from '../../src/lib/site/links.ts';
import { brandPalette, paletteCss } from '../../src/lib/site/brand-colours.ts';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../browser/support/chromium.ts';
import { buildSite, contentOf, copySite, serveSite } from '../support/editor-site.mjs';

const SECOND_BUREAU = fileURLToPath(new URL('../fixtures/second-bureau/', import.meta.url));
const DEMO_CONTENT = fileURLToPath(new URL('../../content/', import.meta.url));
const DEMO_BUREAU = join(DEMO_CONTENT, 'bureau.yaml');
const AXE_SOURCE = fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url));

/**
 * What identifies a bureau on its site, as `[what, value of a bureau.yaml]`: one line per value. A bureau's
 * own logo or colours belong here too once its bureau.yaml has them.
 */
const IDENTIFYING = [
  ['name', (b) => b.naam],
  ['description', (b) => b.omschrijving],
  ['phone number', (b) => b.telefoon],
  ['phone link', (b) => telHref(b.telefoon)],
  ['e-mail address', (b) => b.email],
  ['domain of the website', (b) => new URL(b.websiteUrl).hostname.replace(/^www\./, '')],
  ['KvK number', (b) => b.kvkNummer],
  ['street', (b) => b.adres.straat],
  ['postcode', (b) => b.adres.postcode],
  ['social media', (b) => b.socialeMedia.map((link) => link.url)],
];

/** Every identifying value of a bureau.yaml, as `{ what, value }`. */
const identifyingValues = (file) => {
  const bureau = parseYaml(readFileSync(file, 'utf8'));
  return IDENTIFYING.flatMap(([what, valueOf]) => [valueOf(bureau)].flat().map((value) => ({ what, value })));
};

const readBureau = (folder) => parseYaml(readFileSync(join(folder, 'bureau.yaml'), 'utf8'));

/** The picture files a bureau.yaml names (logo, keurmerk logos), as paths in `folder`. */
const picturesOf = (folder) => {
  const bureau = readBureau(folder);
  return [bureau.logo, ...bureau.keurmerken.map((mark) => mark.logo)]
    .filter(Boolean)
    .map((picture) => join(folder, picture.bestand));
};

/** The public files of a build that hold text (and the search index, which Pagefind stores gzipped). */
function builtTexts(clientDir) {
  const textFile = new Set(['.html', '.xml', '.txt', '.json', '.js', '.mjs', '.css', '.svg', '.webmanifest', '.ics']);
  return readdirSync(clientDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .flatMap((entry) => {
      const file = join(entry.parentPath, entry.name);
      const ext = extname(entry.name);
      if (textFile.has(ext)) return [{ file, text: readFileSync(file, 'utf8') }];
      if (ext.startsWith('.pf_')) return [{ file, text: gunzipSync(readFileSync(file)).toString('utf8') }];
      return [];
    });
}

describe("a second bureau's build", () => {
  let site;
  let texts;
  let buildOutput;
  let clientDir;
  const second = readBureau(SECOND_BUREAU);
  const pagesOf = () => texts.filter(({ file }) => file.endsWith('.html'));

  before(() => {
    site = copySite('second-bureau');
    cpSync(SECOND_BUREAU, contentOf(site), { recursive: true });
    const build = buildSite(site);
    assert.ok(build.ok, build.output.slice(-4000));
    buildOutput = build.output;
    clientDir = join(site, 'dist/client');
    texts = builtTexts(clientDir);
  });

  it('shows the second bureau: each of its values is on the site', () => {
    const pages = texts.filter(({ file }) => file.endsWith('.html'));
    assert.ok(pages.length > 20, `${pages.length} pages`);
    const missing = identifyingValues(join(SECOND_BUREAU, 'bureau.yaml')).filter(
      ({ value }) => !pages.some(({ text }) => text.includes(value)),
    );
    assert.deepEqual(missing, []);
  });

  it('mentions neither the fixture bureau it replaced nor the demo bureau, in any page, feed or index', () => {
    const forbidden = [...identifyingValues(join(contentDir.path, 'bureau.yaml')), ...identifyingValues(DEMO_BUREAU)];
    assert.ok(
      texts.some(({ file }) => file.includes('pagefind')),
      'the search index is checked too',
    );
    const found = texts.flatMap(({ file, text }) =>
      forbidden
        .filter(({ value }) => text.includes(value))
        .map(({ what, value }) => `${relative(site, file)}: ${what} "${value}"`),
    );
    assert.deepEqual(found, []);
  });

  it("uses the second bureau's logo and palette, and neither the logo files nor the colours of the others", () => {
    assert.equal(
      readFileSync(join(clientDir, 'favicon.svg'), 'utf8'),
      readFileSync(join(SECOND_BUREAU, second.logo.bestand), 'utf8'),
    );
    const css = texts.filter(({ file }) => file.endsWith('.css'));
    assert.ok(css.some(({ text }) => text.includes(paletteCss(brandPalette(second.huisstijl)).trim())));

    const otherColours = [contentDir.path, DEMO_CONTENT].flatMap((folder) =>
      Object.values(brandPalette(readBureau(folder).huisstijl)),
    );
    const otherPictures = [contentDir.path, DEMO_CONTENT].flatMap(picturesOf);
    assert.ok(otherPictures.length >= 2, 'the fixture site and the demo have logos to look for');
    // A built picture is named /_astro/<name>.<hash>.<ext>: look for "/<name>." of each picture the second bureau lacks.
    const ownNames = new Set(picturesOf(SECOND_BUREAU).map((file) => basename(file)));
    const otherNames = otherPictures
      .filter((file) => !ownNames.has(basename(file)))
      .map((file) => `/${basename(file).replace(/\.\w+$/, '.')}`);
    const mentions = texts.flatMap(({ file, text }) =>
      [...otherColours, ...otherNames]
        .filter((value) => text.toLowerCase().includes(value))
        .map((value) => `${relative(site, file)}: "${value}"`),
    );
    assert.deepEqual(mentions, []);

    const otherBytes = otherPictures.map((file) => readFileSync(file));
    const copies = readdirSync(clientDir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name))
      .filter((file) => otherBytes.some((bytes) => bytes.equals(readFileSync(file))));
    assert.deepEqual(
      copies.map((file) => relative(site, file)),
      [],
    );
  });

  it('is a demo: every page says so and carries noindex, and robots.txt closes the site without a sitemap', () => {
    assert.equal(second.demo, true, 'the second bureau is the demo build of the suite');
    const pages = pagesOf().filter(({ text }) => text.includes('<header'));
    assert.ok(pages.length > 20, `${pages.length} pages`);
    const without = pages
      .filter(
        ({ text }) =>
          !text.includes('aria-label="Demowebsite"') || !text.includes('<meta name="robots" content="noindex"'),
      )
      .map(({ file }) => relative(site, file));
    assert.deepEqual(without, []);
    assert.equal(readFileSync(join(clientDir, 'robots.txt'), 'utf8'), 'User-agent: *\nDisallow: /\n');
  });

  it('warns about its expired keurmerk by name and shows it nowhere', () => {
    const today = new Date().toISOString().slice(0, 10);
    const expired = second.keurmerken.filter((mark) => String(mark.geldigTot) < today);
    assert.ok(expired.length > 0, 'the second bureau has an expired keurmerk');
    for (const mark of expired) {
      assert.match(buildOutput, new RegExp(`Het keurmerk "${mark.naam}" in .*bureau\\.yaml was geldig tot`));
      assert.deepEqual(
        pagesOf()
          .filter(({ text }) => text.includes(mark.naam))
          .map(({ file }) => relative(site, file)),
        [],
      );
    }
  });

  it("shows the second bureau's people, services and results, and none of those it replaced", () => {
    const pages = texts.filter(({ file }) => file.endsWith('.html'));
    const ownValues = bureauEntryValues(SECOND_BUREAU);
    assert.ok(ownValues.length > 4, `${ownValues.length} values`);
    assert.deepEqual(
      ownValues.filter(({ value }) => !pages.some(({ text }) => text.includes(value))),
      [],
    );
    const replaced = bureauEntryValues(contentDir.path);
    const found = texts.flatMap(({ file, text }) =>
      replaced
        .filter(({ value }) => text.includes(value))
        .map(({ what, value }) => `${relative(site, file)}: ${what} "${value}"`),
    );
    assert.deepEqual(found, []);
  });

  // The palette is the bureau's: axe's colour rules on every built page of this second palette (the fixture site's
  // palette gets the full axe run of tests/browser/site/every-page.spec.ts). Only the rules a palette can break.
  it("passes axe's colour checks on every page with its own palette", async () => {
    const paths = readdirSync(clientDir, { recursive: true })
      .filter((file) => String(file).endsWith('index.html'))
      .map((file) => `/${String(file).replace(/index\.html$/, '')}`)
      .sort();
    assert.ok(paths.length > 20, `${paths.length} pages`);
    const server = await serveSite(site);
    const browser = await chromium.launch(chromiumLaunchOptions());
    try {
      const violations = [];
      let checked = 0;
      // Two pages at a time, one per core. axe-core is loaded into every page once by an init script and run directly:
      // AxeBuilder would inject it again and open a helper page for every analysis, which doubled this test's time.
      const queue = [...paths];
      const worker = async () => {
        const context = await browser.newContext();
        await context.addInitScript({ path: AXE_SOURCE });
        const page = await context.newPage();
        for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
          await page.goto(`${server.url}${path}`);
          const results = await page.evaluate(
            (rules) => /** @type {any} */ (window).axe.run(document, { runOnly: { type: 'rule', values: rules } }),
            ['color-contrast', 'link-in-text-block'],
          );
          if (results.passes.some((rule) => rule.id === 'color-contrast')) checked++;
          for (const violation of results.violations)
            violations.push(
              `${path}: ${violation.id} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
            );
        }
      };
      await Promise.all([worker(), worker()]);
      violations.sort();
      assert.deepEqual(violations, []);
      assert.equal(checked, paths.length, 'the contrast rule ran on every page');
    } finally {
      await browser.close();
      await server.stop();
    }
  });

  it("refuses a live build with the demo's placeholders, listing every one in one message", () => {
    const demoYaml = readFileSync(DEMO_BUREAU, 'utf8').replace(/^demo: true$/m, 'demo: false');
    assert.match(demoYaml, /^demo: false$/m);
    writeFileSync(contentOf(site, 'bureau.yaml'), demoYaml);
    for (const file of picturesOf(DEMO_CONTENT)) cpSync(file, contentOf(site, relative(DEMO_CONTENT, file)));
    const build = buildSite(site);
    assert.equal(build.ok, false);
    const messages = build.output.match(/De site staat op live/g) ?? [];
    assert.equal(messages.length, 1, build.output.slice(-3000));
    for (const field of ['kvkNummer', 'telefoon', 'email', 'websiteUrl', 'logo.bestand'])
      assert.match(build.output, new RegExp(`- veld "${field.replace('.', '\\.')}"`), field);
  });
});

/** The names of the people, the titles of the services and the result sources of a content folder. */
function bureauEntryValues(folder) {
  const yamlFiles = (sub, ext) => {
    const dir = join(folder, sub);
    return existsSync(dir)
      ? readdirSync(dir)
          .filter((name) => name.endsWith(ext))
          .map((name) => join(dir, name))
      : [];
  };
  const frontmatter = (file) => parseYaml(readFileSync(file, 'utf8').split(/^---$/m)[1] ?? '');
  const results = existsSync(join(folder, 'resultaten.yaml'))
    ? parseYaml(readFileSync(join(folder, 'resultaten.yaml'), 'utf8')).resultaten
    : [];
  return [
    ...yamlFiles('mensen', '.yaml').map((file) => ({
      what: 'person',
      value: parseYaml(readFileSync(file, 'utf8')).naam,
    })),
    ...yamlFiles('diensten', '.mdx').map((file) => ({ what: 'service', value: frontmatter(file).titel })),
    ...results.map((result) => ({ what: 'result source', value: result.bron })),
  ];
}
