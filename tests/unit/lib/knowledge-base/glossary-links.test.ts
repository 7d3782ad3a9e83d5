import { readFileSync } from 'node:fs';
import { mdxToMdast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { parseGlossary } from '../../../../src/lib/content-files';
import { createTermMatcher } from '../../../../src/lib/knowledge-base/glossary';
import {
  planGlossaryLinks,
  type GlossaryLinkChange,
  termId,
  type MdastNode,
  type MdastTerm,
} from '../../../../src/lib/knowledge-base/glossary-links';

const fixture = (path: string) => readFileSync(new URL(`../../../fixtures/${path}`, import.meta.url), 'utf8');
const matcher = createTermMatcher(parseGlossary(fixture('site/begrippen.yaml')));

/** The mdast of an MDX body (Sätteri, the parser Astro uses). */
const parse = (mdx: string) => mdxToMdast(mdx.replace(/^---[\s\S]*?---\n/, '')) as unknown as MdastNode;
const links = (changes: GlossaryLinkChange[]) =>
  changes.flatMap((change) =>
    change.parts
      .filter((part): part is MdastTerm => part.type === 'mdxJsxTextElement')
      .map((term) => `/kennisbank/begrippen/#${termId(term)} ${term.children[0].value}`),
  );
const plan = (mdx: string) => planGlossaryLinks(parse(mdx), matcher);

describe('planGlossaryLinks on a fixture article', () => {
  it('links the first use of each term in reading order, once, and skips headings, links, code, comments and attributes', () => {
    expect(links(plan(fixture('mdx/begrippen-in-een-artikel.mdx')))).toEqual([
      '/kennisbank/begrippen/#wia wia-aanvraag',
      '/kennisbank/begrippen/#loonsanctie Loonsanctie',
      '/kennisbank/begrippen/#eerste-spoor eerste spoor',
      '/kennisbank/begrippen/#aansprakelijkheid-artikel-7-658 Artikel 7:658',
    ]);
  });

  it('keeps the text around a term, so the sentence reads the same', () => {
    const [change] = plan('Dit gaat over de loonsanctie van UWV.');
    expect(change?.node).toMatchObject({ type: 'text', value: 'Dit gaat over de loonsanctie van UWV.' });
    expect(change?.parts).toEqual([
      { type: 'text', value: 'Dit gaat over de ' },
      {
        type: 'mdxJsxTextElement',
        name: 'Begrip',
        attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: 'loonsanctie' }],
        children: [{ type: 'text', value: 'loonsanctie' }],
      },
      { type: 'text', value: ' van UWV.' },
    ]);
  });

  it('links two different terms in one text node, each once', () => {
    const [change] = plan('De WIA, de loonsanctie en weer de WIA.');
    expect(
      change?.parts.map((part) => (part.type === 'text' ? part.value : `[${part.children[0].value}]`)).join(''),
    ).toBe('De [WIA], de [loonsanctie] en weer de WIA.');
  });

  it('links inside emphasis, lists, tables and component children', () => {
    expect(links(plan('- een **loonsanctie**'))).toEqual(['/kennisbank/begrippen/#loonsanctie loonsanctie']);
    expect(links(plan('| a |\n|---|\n| de WIA |'))).toEqual(['/kennisbank/begrippen/#wia WIA']);
    expect(links(plan('<Voorbeeld titel="WIA">\nBij de WIA.\n</Voorbeeld>'))).toEqual([
      '/kennisbank/begrippen/#wia WIA',
    ]);
  });

  it('never links inside an HTML link, code element or heading written as JSX, an MDX expression or a term', () => {
    expect(
      plan(
        '<a href="/x/">de WIA</a>\n\n<h2>De WIA</h2>\n\n<code>WIA</code>\n\n{"WIA"}\n\n<Begrip id="wia">de WIA</Begrip>',
      ),
    ).toEqual([]);
  });

  it('treats a link the writer made to the glossary as the first use, also when it comes first', () => {
    expect(links(plan('Zie de [uitleg](/kennisbank/begrippen/#wia). De WIA telt dan niet meer.'))).toEqual([]);
  });

  it('plans nothing for text without terms', () => {
    expect(plan('Gewone tekst zonder vakwoorden.')).toEqual([]);
  });
});
