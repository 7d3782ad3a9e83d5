import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { glossaryLinks } from '../../../src/integrations/glossary-links';
import { parseGlossary } from '../../../src/lib/content-files';

const fixtures = new URL('../../fixtures/content/', import.meta.url);
const terms = parseGlossary(readFileSync(new URL('begrippen.yaml', fixtures), 'utf8'));
const articlesDir = join(process.cwd(), 'tests/fixtures/content/kennisbank');
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
});
