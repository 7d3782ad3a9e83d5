// The one test that reads the real content/: every file a bureau edits must pass the same validation the build
// applies, so a mistake shows up here with the file and the field named. Every other unit test runs on the
// fixture content in tests/fixtures/, so editing an article can never break a test of a mechanism.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { TOOL_SLUGS } from '../../../src/lib/calculators/catalogue';
import { CONTENT_FILES, parseAuthors, parseBureau, parseGlossary, parseParametersFile, parseSectors, parseTopics } from '../../../src/lib/content-files';
import { formatConfigError } from '../../../src/lib/friendly-errors';
import { parseArticleFrontmatter } from '../../../src/schemas/article';
import { calculatorPageSchema } from '../../../src/schemas/calculator-page';
import { pageSchema } from '../../../src/schemas/page';

const read = (path: string) => readFileSync(path, 'utf8');
const mdxFiles = (folder: string) => readdirSync(folder).filter((name) => name.endsWith('.mdx')).map((name) => join(folder, name));
const frontmatter = (path: string): unknown => parseYaml(read(path).split(/^---$/m)[1] ?? '');

describe('the real content/', () => {
  it('has a valid bureau, sector list, topic list and author list', () => {
    expect(() => parseBureau(read(CONTENT_FILES.bureau))).not.toThrow();
    expect(parseSectors(read(CONTENT_FILES.sectors)).length).toBeGreaterThan(0);
    expect(parseTopics(read(CONTENT_FILES.topics)).length).toBeGreaterThan(0);
    expect(parseAuthors(read(CONTENT_FILES.authors)).length).toBeGreaterThan(0);
  });

  it('has no class names in any MDX file (Tailwind reads class names from src/ only, see src/styles/global.css)', () => {
    const files = ['content/kennisbank', 'content/paginas', 'content/rekenhulpen'].flatMap(mdxFiles);
    expect(files.length).toBeGreaterThan(20);
    expect(files.filter((file) => /\bclass(Name)?=/.test(read(file)))).toEqual([]);
  });

  it('has a valid glossary', () => {
    expect(parseGlossary(read(CONTENT_FILES.glossary)).length).toBeGreaterThan(0);
  });

  it('has valid calculator parameters for every year', () => {
    const files = readdirSync('content/rekenhulpen/parameters');
    expect(files.every((name) => /^\d{4}\.yaml$/.test(name)), files.join(', ')).toBe(true);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect(() => parseParametersFile(read(join('content/rekenhulpen/parameters', file)), `content/rekenhulpen/parameters/${file}`)).not.toThrow();
  });

  it('has a valid frontmatter in every article', () => {
    const references = {
      topicIds: parseTopics(read(CONTENT_FILES.topics)).map((t) => t.id),
      authorIds: parseAuthors(read(CONTENT_FILES.authors)).map((a) => a.id),
    };
    const articles = mdxFiles('content/kennisbank');
    expect(articles.length).toBeGreaterThan(0);
    for (const file of articles) expect(() => parseArticleFrontmatter(frontmatter(file), file, references)).not.toThrow();
  });

  it('has a valid frontmatter in every fixed page', () => {
    for (const file of mdxFiles('content/paginas')) {
      const result = pageSchema.safeParse(frontmatter(file));
      expect(result.success, result.success ? file : formatConfigError(file, result.error)).toBe(true);
    }
  });

  it('has one valid page text for every tool in the catalogue, and none without a tool', () => {
    const texts = mdxFiles('content/rekenhulpen');
    expect(texts.map((file) => file.replace(/^.*\/|\.mdx$/g, '')).sort()).toEqual([...TOOL_SLUGS].sort());
    for (const file of texts) {
      const result = calculatorPageSchema.safeParse(frontmatter(file));
      expect(result.success, result.success ? file : formatConfigError(file, result.error)).toBe(true);
    }
  });
});
