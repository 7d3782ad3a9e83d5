import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mdxToJs, mdxToMdast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { glossaryLinks } from '../../../src/integrations/glossary-links';
import { parseGlossary } from '../../../src/lib/content-files';
import { createTermMatcher } from '../../../src/lib/knowledge-base/glossary';
import {
  planGlossaryLinks,
  termId,
  type MdastNode,
  type MdastTerm,
} from '../../../src/lib/knowledge-base/glossary-links';

const terms = parseGlossary(readFileSync(new URL('../../fixtures/site/begrippen.yaml', import.meta.url), 'utf8'));
// The MDX fixtures of the mechanism tests stand in for the articles folder.
const articlesDir = join(process.cwd(), 'tests/fixtures/mdx');
const plugin = glossaryLinks({ terms, articlesDir });

/** The ids of the <Begrip> terms the plugin inserted into compiled MDX, in reading order. */
const insertedTerms = (code: string) =>
  [...code.matchAll(/_jsx\(Begrip, \{\s*id: "([^"]+)"/g)].map((match) => match[1]);

/** Compiles MDX the way Astro's MDX processor does, as if it were the file at `path`. */
const compile = async (source: string, path: string) =>
  (await mdxToJs(source, { mdastPlugins: [plugin], fileURL: pathToFileURL(path) })).code;

describe('the glossary-links Markdown plugin', () => {
  it('makes the first use of a term in an article a <Begrip>, and only that one', async () => {
    const code = await compile('De loonsanctie en de loonsanctie.', join(articlesDir, 'een-artikel.mdx'));
    expect(insertedTerms(code)).toEqual(['loonsanctie']);
    expect(code).toMatch(/_jsx\(Begrip, \{\s*id: "loonsanctie",\s*children: "loonsanctie"/);
  });

  it('leaves MDX outside the articles folder alone (fixed pages, calculator texts)', async () => {
    for (const path of [join(process.cwd(), 'content/paginas/privacy.mdx'), join(articlesDir, '../rekenhulpen/x.mdx')])
      expect(insertedTerms(await compile('De loonsanctie.', path))).toEqual([]);
  });

  it('leaves a folder with a similar name alone', async () => {
    expect(insertedTerms(await compile('De loonsanctie.', `${articlesDir}-oud/een-artikel.mdx`))).toEqual([]);
  });

  it('links exactly what planGlossaryLinks plans for the fixture article (visiting nodes one by one, in reading order)', async () => {
    const path = join(articlesDir, 'begrippen-in-een-artikel.mdx');
    const body = readFileSync(path, 'utf8').replace(/^---[\s\S]*?---\n/, '');
    const planned = planGlossaryLinks(mdxToMdast(body) as unknown as MdastNode, createTermMatcher(terms)).flatMap(
      (change) => change.parts.filter((part): part is MdastTerm => part.type === 'mdxJsxTextElement').map(termId),
    );
    const code = await compile(body, path);
    expect(planned.length).toBeGreaterThan(2);
    // The writer's own link to "tweede-spoor" stays a link and counts as that term's first use.
    expect(code).toContain('href: "/kennisbank/begrippen/#tweede-spoor"');
    expect(planned).not.toContain('tweede-spoor');
    expect(insertedTerms(code)).toEqual(planned);
  });

  it('does not count a glossary link inside a heading as the first use', async () => {
    const code = await compile(
      '## Over [de WIA](/kennisbank/begrippen/#wia)\n\nDe WIA.',
      join(articlesDir, 'een-artikel.mdx'),
    );
    expect(code.match(/href: "\/kennisbank\/begrippen\/#wia"/g)).toHaveLength(1);
    expect(insertedTerms(code)).toEqual(['wia']);
  });

  it('still finds a term written with a character reference (the quick check of the source lets it through)', async () => {
    const code = await compile('De loon&#115;anctie.', join(articlesDir, 'een-artikel.mdx'));
    expect(insertedTerms(code)).toEqual(['loonsanctie']);
  });

  it('links a two-word term that runs onto the next line of a quote', async () => {
    const code = await compile('> Het eerste\n> spoor.', join(articlesDir, 'een-artikel.mdx'));
    expect(insertedTerms(code)).toEqual(['eerste-spoor']);
  });

  it('leaves an article without any term unchanged', async () => {
    const source = 'Gewone tekst zonder vakwoorden, met een [link](/kennisbank/).';
    expect(await compile(source, join(articlesDir, 'een-artikel.mdx'))).toBe(
      (await mdxToJs(source, { fileURL: pathToFileURL(join(articlesDir, 'een-artikel.mdx')) })).code,
    );
  });
});
