// The one test that reads the real content (content/, or the folder CONTENT_DIR names): every file a bureau edits must
// pass the same validation the build applies, so a mistake shows up here with the file and the field named. It checks
// validity only, never values (names, slugs, amounts), so it holds for any bureau's content. Every other unit test runs
// on the fixture site in tests/fixtures/, so editing an article can never break a test of a mechanism.
import { readdirSync, readFileSync } from 'node:fs';
import { contentDir, contentLabel, contentPath } from '../../../src/cli/content-dir.mjs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { TOOL_SLUGS } from '../../../src/lib/calculators/catalogue';
import { CONTENT_FILES, parseBureau, parseGlossary, parseParametersFile, parseSectors, parseTopics } from '../../../src/lib/content-files';
import { formatConfigError } from '../../../src/lib/friendly-errors';
import { missingServiceReferences } from '../../../src/lib/bureau/services';
import { parseArticleFrontmatter } from '../../../src/schemas/article';
import { calculatorPageSchema } from '../../../src/schemas/calculator-page';
import { pageSchema } from '../../../src/schemas/page';
import { entryFiles, readAuthorIds, readPeople, readResults, readServices, readStories } from '../../support/bureau-entries';

/** A file of the content folder, by its path inside it. */
const read = (file: string) => readFileSync(contentPath(file), 'utf8');
/** The MDX files of a folder of the content folder, as paths inside it (`kennisbank/x.mdx`). */
const mdxFiles = (folder: string) =>
  readdirSync(contentPath(folder))
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => `${folder}/${name}`);
const frontmatter = (file: string): unknown => parseYaml(read(file).split(/^---$/m)[1] ?? '');

describe(`the real content (${contentDir.label}/)`, () => {
  it('has a valid bureau, sector list and topic list', () => {
    expect(() => parseBureau(read(CONTENT_FILES.bureau), contentLabel(CONTENT_FILES.bureau))).not.toThrow();
    expect(parseSectors(read(CONTENT_FILES.sectors), contentLabel(CONTENT_FILES.sectors)).length).toBeGreaterThan(0);
    expect(parseTopics(read(CONTENT_FILES.topics), contentLabel(CONTENT_FILES.topics)).length).toBeGreaterThan(0);
  });

  it('has valid people, services, results and client stories (each may be absent, never invalid)', () => {
    expect(() => readPeople(contentDir)).not.toThrow();
    expect(() => readServices(contentDir)).not.toThrow();
    expect(() => readResults(contentDir)).not.toThrow();
    expect(() => readStories(contentDir)).not.toThrow();
  });

  it('names only articles and tools that exist in its services', () => {
    const known = { articles: mdxFiles('kennisbank').map((file) => file.replace(/^.*\/|\.mdx$/g, '')), tools: TOOL_SLUGS };
    const problems = readServices(contentDir).flatMap((service) =>
      missingServiceReferences(service.data, known).map((problem) => `${service.slug}: ${problem}`),
    );
    expect(problems).toEqual([]);
  });

  it('has no class names in any MDX file (Tailwind reads class names from src/ only, see src/styles/global.css)', () => {
    const files = [
      ...['kennisbank', 'paginas', 'rekenhulpen'].flatMap(mdxFiles),
      ...entryFiles(contentDir, 'diensten', '.mdx'),
    ];
    expect(files.length).toBeGreaterThan(0);
    expect(files.filter((file) => /\bclass(Name)?=/.test(read(file))).map((file) => contentLabel(file))).toEqual([]);
  });

  it('has a valid glossary', () => {
    expect(parseGlossary(read(CONTENT_FILES.glossary), contentLabel(CONTENT_FILES.glossary)).length).toBeGreaterThan(0);
  });

  it('has valid calculator parameters for every year', () => {
    const files = readdirSync(contentPath('rekenhulpen/parameters'));
    expect(files.every((name) => /^\d{4}\.yaml$/.test(name)), files.join(', ')).toBe(true);
    expect(files.length).toBeGreaterThan(0);
    for (const name of files) {
      const file = `rekenhulpen/parameters/${name}`;
      expect(() => parseParametersFile(read(file), contentLabel(file))).not.toThrow();
    }
  });

  it('has a valid frontmatter in every article', () => {
    const references = {
      topicIds: parseTopics(read(CONTENT_FILES.topics)).map((t) => t.id),
      authorIds: readAuthorIds(contentDir),
    };
    const articles = mdxFiles('kennisbank');
    expect(articles.length).toBeGreaterThan(0);
    for (const file of articles)
      expect(() => parseArticleFrontmatter(frontmatter(file), contentLabel(file), references)).not.toThrow();
  });

  it('has a valid frontmatter in every fixed page', () => {
    const pages = mdxFiles('paginas');
    expect(pages.length).toBeGreaterThan(0);
    for (const file of pages) {
      const result = pageSchema.safeParse(frontmatter(file));
      expect(result.success, result.success ? file : formatConfigError(contentLabel(file), result.error)).toBe(true);
    }
  });

  it('has one valid page text for every tool in the catalogue, and none without a tool', () => {
    const texts = mdxFiles('rekenhulpen');
    expect(texts.map((file) => file.replace(/^.*\/|\.mdx$/g, '')).sort()).toEqual([...TOOL_SLUGS].sort());
    for (const file of texts) {
      const result = calculatorPageSchema.safeParse(frontmatter(file));
      expect(result.success, result.success ? file : formatConfigError(contentLabel(file), result.error)).toBe(true);
    }
  });
});
