// `npm run test:deploy`: the site is the bureau's own, whoever the bureau is. A copy of the fixture site gets a second
// bureau's files (tests/fixtures/second-bureau/, copied over its content folder) and is built; then no public file of
// the build (pages, feeds, sitemap, robots.txt, scripts, the search index) may mention the bureau it replaced or the
// demo bureau in content/, while the second bureau's values are on its pages. A value that is hard-coded, or read from
// the wrong folder, fails here.
import assert from 'node:assert/strict';
import { cpSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { parse as parseYaml } from 'yaml';
import { contentDir } from '../../src/cli/content-dir.mjs';
import { telHref } from '../../src/lib/site/links.ts';
import { buildSite, contentOf, copySite } from '../support/editor-site.mjs';

const SECOND_BUREAU = fileURLToPath(new URL('../fixtures/second-bureau/', import.meta.url));
const DEMO_BUREAU = fileURLToPath(new URL('../../content/bureau.yaml', import.meta.url));

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

  before(() => {
    site = copySite('second-bureau');
    cpSync(SECOND_BUREAU, contentOf(site), { recursive: true });
    const build = buildSite(site);
    assert.ok(build.ok, build.output.slice(-4000));
    texts = builtTexts(join(site, 'dist/client'));
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
