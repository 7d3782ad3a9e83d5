// Inline links to an article's own sources become numbered references to its sources list: the link text stays as
// text, followed by "[3]" that jumps to the third source under "Bronnen" (SourcesList.astro gives each item the id
// `bron-<number>`). The reader sees which claim rests on which source without leaving the article, and source
// references look different from article links and glossary terms. The Markdown plugin in
// src/integrations/source-citations.ts applies this while an article is compiled.

/** Id of a source in the article's sources list: `bron-1` for the first. */
export const sourceAnchorId = (number: number) => `bron-${number}`;

/** Class of the reference (src/styles/global.css); the search index leaves it out (src/lib/site/search-index.mjs). */
export const CITATION_CLASS = 'citation';

/** The same address whether or not it ends in a slash, and with surrounding spaces ignored. */
export function sourceUrlKey(url: string): string {
  const trimmed = url.trim();
  return trimmed.endsWith('/') ? trimmed.slice(0, -1) : trimmed;
}

/**
 * The number of each source by its address: its place in the article's `bronnen`, counting from 1. A source listed
 * twice keeps its first number.
 */
export function sourceNumbers(sources: readonly { url: string }[]): Map<string, number> {
  const numbers = new Map<string, number>();
  sources.forEach((source, index) => {
    const key = sourceUrlKey(source.url);
    if (!numbers.has(key)) numbers.set(key, index + 1);
  });
  return numbers;
}

interface JsxAttribute {
  type: 'mdxJsxAttribute';
  name: string;
  value: string;
}

interface JsxText {
  type: 'text';
  value: string;
}

/** An HTML element written as MDX JSX inside a paragraph. */
export interface MdastJsxElement {
  type: 'mdxJsxTextElement';
  name: string;
  attributes: JsxAttribute[];
  children: (MdastJsxElement | JsxText)[];
}

const element = (
  name: string,
  attributes: Record<string, string>,
  children: MdastJsxElement['children'],
): MdastJsxElement => ({
  type: 'mdxJsxTextElement',
  name,
  attributes: Object.entries(attributes).map(([key, value]) => ({ type: 'mdxJsxAttribute', name: key, value })),
  children,
});

/**
 * The reference to source `number`: `<sup class="citation"><a href="#bron-3"><span class="sr-only">bron </span>[3]</a>
 * </sup>`. A screen reader reads "bron [3]", which contains the visible "[3]".
 */
export function citationElement(number: number): MdastJsxElement {
  return element('sup', { class: CITATION_CLASS }, [
    element('a', { href: `#${sourceAnchorId(number)}` }, [
      element('span', { class: 'sr-only' }, [{ type: 'text', value: 'bron ' }]),
      { type: 'text', value: `[${number}]` },
    ]),
  ]);
}
