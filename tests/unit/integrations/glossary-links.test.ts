import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mdxToJs, mdxToMdast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { glossaryLinks } from '../../../src/integrations/glossary-links';
import { parseGlossary } from '../../../src/lib/content-files';
import { createTermMatcher } from '../../../src/lib/knowledge-base/glossary';
import { planGlossaryLinks, type MdastLink, type MdastNode } from '../../../src/lib/knowledge-base/glossary-links';

const terms = parseGlossary(readFileSync(new URL('../../fixtures/site/begrippen.yaml', import.meta.url), 'utf8'));
// The MDX fixtures of the mechanism tests stand in for the articles folder.
const articlesDir = join(process.cwd(), 'tests/fixtures/mdx');
const plugin = glossaryLinks({ terms, articlesDir });

/** Compiles MDX the way Astro's MDX processor does, as if it were the file at `path`. */
const compile = async (source: string, path: string) =>
  (await mdxToJs(source, { mdastPlugins: [plugin], fileURL: pathToFileURL(path) })).code;

describe('the glossary-links Markdown plugin', () => {
  it('links the first use of a term in an article', async () => {
    const code = await compile('De loonsanctie en de loonsanctie.', join(articlesDir, 'een-artikel.mdx'));
    expect(code.match(/href: "\/kennisbank\/begrippen\/#loonsanctie"/g)).toHaveLength(1);
  });

  it('leaves MDX outside the articles folder alone (fixed pages, calculator texts)', async () => {
    for (const path of [join(process.cwd(), 'content/paginas/privacy.mdx'), join(articlesDir, '../rekenhulpen/x.mdx')])
      expect(await compile('De loonsanctie.', path)).not.toContain('/kennisbank/begrippen/');
  });

  it('leaves a folder with a similar name alone', async () => {
    expect(await compile('De loonsanctie.', `${articlesDir}-oud/een-artikel.mdx`)).not.toContain(
      '/kennisbank/begrippen/',
    );
  });

  it('links exactly what planGlossaryLinks plans for the fixture article (visiting nodes one by one, in reading order)', async () => {
    const path = join(articlesDir, 'begrippen-in-een-artikel.mdx');
    const body = readFileSync(path, 'utf8').replace(/^---[\s\S]*?---\n/, '');
    const planned = planGlossaryLinks(mdxToMdast(body) as unknown as MdastNode, createTermMatcher(terms)).flatMap(
      (change) => change.parts.filter((part): part is MdastLink => part.type === 'link').map((link) => link.url),
    );
    const code = await compile(body, path);
    expect(planned.length).toBeGreaterThan(2);
    // The writer's own link to "tweede-spoor" comes first in the article, then the planned ones.
    expect([...code.matchAll(/href: "(\/kennisbank\/begrippen\/#[^"]+)"/g)].map((match) => match[1])).toEqual([
      '/kennisbank/begrippen/#tweede-spoor',
      ...planned,
    ]);
  });

  it('does not count a glossary link inside a heading as the first use', async () => {
    const code = await compile(
      '## Over [de WIA](/kennisbank/begrippen/#wia)\n\nDe WIA.',
      join(articlesDir, 'een-artikel.mdx'),
    );
    expect(code.match(/href: "\/kennisbank\/begrippen\/#wia"/g)).toHaveLength(2);
  });

  it('still finds a term written with a character reference (the quick check of the source lets it through)', async () => {
    const code = await compile('De loon&#115;anctie.', join(articlesDir, 'een-artikel.mdx'));
    expect(code).toContain('/kennisbank/begrippen/#loonsanctie');
  });

  it('links a two-word term that runs onto the next line of a quote', async () => {
    const code = await compile('> Het eerste\n> spoor.', join(articlesDir, 'een-artikel.mdx'));
    expect(code).toContain('/kennisbank/begrippen/#eerste-spoor');
  });

  it('leaves an article without any term unchanged', async () => {
    const source = 'Gewone tekst zonder vakwoorden, met een [link](/kennisbank/).';
    expect(await compile(source, join(articlesDir, 'een-artikel.mdx'))).toBe(
      (await mdxToJs(source, { fileURL: pathToFileURL(join(articlesDir, 'een-artikel.mdx')) })).code,
    );
  });
});
