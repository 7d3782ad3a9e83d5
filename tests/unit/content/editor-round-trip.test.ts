// The editor and the build must agree on every real content file (content/, or the folder CONTENT_DIR names):
// Keystatic's own reader reads each one with the editor's config (src/cms/config.ts, whose paths follow CONTENT_DIR),
// and a save in the editor without changes keeps its meaning: the zod schema the build uses gives the same result
// before and after, and the text has the same Markdown tree.
import { readdirSync, readFileSync } from 'node:fs';
import { createReader } from '@keystatic/core/reader';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { contentDir, contentLabel, contentPath, PROJECT_ROOT } from '../../../src/cli/content-dir.mjs';
import editorConfig from '../../../src/cms/config';
import {
  CONTENT_FILES,
  parseBureau,
  parseGlossary,
  parseParametersFile,
  parsePerson,
  parseResults,
  parseStory,
  parseSectors,
  parseTopics,
} from '../../../src/lib/content-files';
import { parseArticleFrontmatter } from '../../../src/schemas/article';
import { calculatorPageSchema } from '../../../src/schemas/calculator-page';
import { pageSchema } from '../../../src/schemas/page';
import { parseServiceFrontmatter } from '../../../src/schemas/service';
import { entryFiles, readAuthorIds } from '../../support/bureau-entries';
import { saveAsEditor, splitFile, type EditorEntryType } from '../../support/editor-round-trip';

/** A file of the content folder, by its path inside it. */
const read = (file: string) => readFileSync(contentPath(file), 'utf8');
/** The MDX slugs of a folder of the content folder; never empty, so the tests below check something. */
const slugsIn = (folder: string) =>
  readdirSync(contentPath(folder))
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => name.slice(0, -'.mdx'.length))
    .sort();

/**
 * The Markdown tree of a text without positions: equal trees render the same page. A component attribute with an
 * empty value counts as absent (the editor writes markeer="" for "niets markeren"; every component treats both alike).
 */
function markdownTree(body: string): unknown {
  const tree = unified().use(remarkParse).use(remarkGfm).use(remarkMdx).parse(body);
  return JSON.parse(
    JSON.stringify(tree, (key, value) => {
      if (key === 'position') return undefined;
      if (key === 'attributes' && Array.isArray(value)) return value.filter((attribute) => attribute.value !== '');
      return value;
    }),
  );
}

/** The entries of one of the bureau's folders (mensen/, diensten/, verhalen/); never empty, so the tests check something. */
const entryNames = (folder: string, extension: string) => {
  const names = entryFiles(contentDir, folder, extension).map((file) => file.replace(/^.*\/|\.[a-z]+$/g, ''));
  if (names.length === 0) throw new Error(`${contentLabel(folder)}/ has no entries, so the round trip would check nothing.`);
  return names;
};

/** The years of the parameter files. */
const parameterYears = () =>
  readdirSync(contentPath('rekenhulpen/parameters')).map((name) => name.replace(/\.yaml$/, ''));

const references = {
  topicIds: parseTopics(read(CONTENT_FILES.topics)).map((topic) => topic.id),
  authorIds: readAuthorIds(contentDir),
};
const reader = createReader(PROJECT_ROOT, editorConfig);
const collections = editorConfig.collections!;
const singletons = editorConfig.singletons!;

describe("the editor's reader", () => {
  it('lists exactly the articles and fixed pages on disk, and reads each one', async () => {
    expect(slugsIn('kennisbank').length).toBeGreaterThan(0);
    expect((await reader.collections.kennisbank.list()).sort()).toEqual(slugsIn('kennisbank'));
    expect((await reader.collections.paginas.list()).sort()).toEqual(slugsIn('paginas'));
    for (const entry of await reader.collections.kennisbank.all({ resolveLinkedFiles: true })) {
      expect(entry.entry.bronnen.length, entry.slug).toBeGreaterThan(0);
    }
    expect((await reader.collections.paginas.all()).length).toBeGreaterThan(0);
    for (const [collection, extension] of [
      ['mensen', '.yaml'],
      ['diensten', '.mdx'],
      ['verhalen', '.yaml'],
    ] as const)
      expect((await reader.collections[collection].list()).sort(), collection).toEqual(entryNames(collection, extension));
    for (const { slug, entry } of await reader.collections.mensen.all())
      expect(entry.foto.bestand, slug).toMatch(/\.(png|jpe?g|webp)$/);
    const years = parameterYears();
    expect(years.length).toBeGreaterThan(0);
    expect((await reader.collections.parameters.list()).sort()).toEqual(years.sort());
    for (const { slug, entry } of await reader.collections.parameters.all())
      expect(entry.wettelijk.maximumDagloon.waarde, slug).toBeGreaterThan(0);
  });

  it('reads the bureau details, the lists and every calculator text', async () => {
    expect((await reader.singletons.bureau.readOrThrow()).naam).toBe(parseBureau(read(CONTENT_FILES.bureau)).naam);
    expect((await reader.singletons.onderwerpen.readOrThrow()).onderwerpen.map((t) => t.id)).toEqual(references.topicIds);
    expect((await reader.singletons.begrippen.readOrThrow()).begrippen.map((term) => term.id)).toEqual(
      parseGlossary(read(CONTENT_FILES.glossary)).map((term) => term.id),
    );
    expect((await reader.singletons.resultaten.readOrThrow()).resultaten.map((r) => r.id)).toEqual(
      parseResults(read(CONTENT_FILES.results)).map((result) => result.id),
    );
    expect((await reader.singletons.sectoren.readOrThrow()).sectoren.map((s) => s.id)).toEqual(
      parseSectors(read(CONTENT_FILES.sectors)).map((sector) => sector.id),
    );
    for (const key of Object.keys(singletons).filter((name) => name.startsWith('rekenhulp-'))) {
      const text = await reader.singletons[key as 'rekenhulp-werkervaringsplaats'].readOrThrow({ resolveLinkedFiles: true });
      expect(text.titel.length, key).toBeGreaterThan(0);
    }
  });
});

describe('a save in the editor without changes', () => {
  it.each(slugsIn('kennisbank'))('keeps the meaning of article %s', (slug) => {
    const file = `kennisbank/${slug}.mdx`;
    const before = splitFile(read(file), true);
    const after = splitFile(
      saveAsEditor(collections.kennisbank as unknown as EditorEntryType, read(file), {
        slug,
        imageDirectory: contentLabel('kennisbank/afbeeldingen'),
      }),
      true,
    );
    const name = contentLabel(file);
    expect(parseArticleFrontmatter(after.data, name, references)).toEqual(parseArticleFrontmatter(before.data, name, references));
    expect(markdownTree(after.body)).toEqual(markdownTree(before.body));
  });

  it.each(slugsIn('paginas'))('keeps the meaning of fixed page %s', (slug) => {
    const file = `paginas/${slug}.mdx`;
    const before = splitFile(read(file), true);
    const after = splitFile(saveAsEditor(collections.paginas as unknown as EditorEntryType, read(file), { slug }), true);
    expect(pageSchema.parse(after.data)).toEqual(pageSchema.parse(before.data));
    expect(markdownTree(after.body)).toEqual(markdownTree(before.body));
  });

  it.each(slugsIn('rekenhulpen'))('keeps the meaning of calculator text %s', (slug) => {
    const file = `rekenhulpen/${slug}.mdx`;
    const before = splitFile(read(file), true);
    const after = splitFile(saveAsEditor(singletons[`rekenhulp-${slug}` as keyof typeof singletons] as unknown as EditorEntryType, read(file)), true);
    expect(calculatorPageSchema.parse(after.data)).toEqual(calculatorPageSchema.parse(before.data));
    expect(markdownTree(after.body)).toEqual(markdownTree(before.body));
  });

  it.each(parameterYears())(
    'keeps the meaning of the parameters of %s',
    (year) => {
      const file = `rekenhulpen/parameters/${year}.yaml`;
      const saved = saveAsEditor(collections.parameters as unknown as EditorEntryType, read(file), { slug: year });
      expect(parseParametersFile(saved, contentLabel(file))).toEqual(parseParametersFile(read(file), contentLabel(file)));
    },
  );

  it.each([
    ['bureau', CONTENT_FILES.bureau, parseBureau],
    ['onderwerpen', CONTENT_FILES.topics, parseTopics],
    ['sectoren', CONTENT_FILES.sectors, parseSectors],
    ['begrippen', CONTENT_FILES.glossary, parseGlossary],
  ] as const)('keeps the meaning of %s', (key, file, parse) => {
    const saved = saveAsEditor(singletons[key] as unknown as EditorEntryType, read(file));
    expect(parse(saved)).toEqual(parse(read(file)));
  });

  it.each(entryNames('mensen', '.yaml'))('keeps the meaning of person %s, photo included', (slug) => {
    const file = `mensen/${slug}.yaml`;
    const saved = saveAsEditor(collections.mensen as unknown as EditorEntryType, read(file), {
      slug,
      contentRoot: PROJECT_ROOT,
    });
    const name = contentLabel(file);
    expect(parsePerson(saved, name)).toEqual(parsePerson(read(file), name));
  });

  it.each(entryNames('diensten', '.mdx'))('keeps the meaning of service %s', (slug) => {
    const file = `diensten/${slug}.mdx`;
    const before = splitFile(read(file), true);
    const after = splitFile(saveAsEditor(collections.diensten as unknown as EditorEntryType, read(file), { slug }), true);
    const name = contentLabel(file);
    expect(parseServiceFrontmatter(after.data, name)).toEqual(parseServiceFrontmatter(before.data, name));
    expect(markdownTree(after.body)).toEqual(markdownTree(before.body));
  });

  it.each(entryNames('verhalen', '.yaml'))('keeps the meaning of client story %s', (slug) => {
    const file = `verhalen/${slug}.yaml`;
    const saved = saveAsEditor(collections.verhalen as unknown as EditorEntryType, read(file), { slug });
    const name = contentLabel(file);
    expect(parseStory(saved, name)).toEqual(parseStory(read(file), name));
  });

  it('keeps the meaning of the results', () => {
    const saved = saveAsEditor(singletons.resultaten as unknown as EditorEntryType, read(CONTENT_FILES.results));
    expect(parseResults(saved)).toEqual(parseResults(read(CONTENT_FILES.results)));
  });
});
