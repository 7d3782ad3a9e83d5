// Which words of an article explain themselves: the first use of each term, in reading order, in ordinary text,
// becomes <Begrip id="…">word</Begrip> (src/components/knowledge-base/Term.astro: its definition in place and a link
// to the glossary page). Works on the Markdown syntax tree (mdast) of an MDX article and only plans the change; the Markdown plugin
// in src/integrations/glossary-links.ts applies it while the article is compiled.
import { glossaryIdFromHref, type TermMatcher } from './glossary';

/** The parts of an mdast node this module reads (text, link, parent and MDX JSX nodes). */
export interface MdastNode {
  type: string;
  /** Text of a text, code or html node. */
  value?: string;
  /** Target of a link. */
  url?: string;
  /** Component or element name of an MDX JSX node. */
  name?: string | null;
  children?: readonly MdastNode[];
}

/** A text node of the article. */
export interface MdastText {
  type: 'text';
  value: string;
}

/** The MDX component a glossary term becomes (src/components/knowledge-base/mdx-components.ts). */
export const TERM_COMPONENT = 'Begrip';

/** A glossary term as inserted into the article: `<Begrip id="loonsanctie">loonsancties</Begrip>`. */
export interface MdastTerm {
  type: 'mdxJsxTextElement';
  name: typeof TERM_COMPONENT;
  attributes: [{ type: 'mdxJsxAttribute'; name: 'id'; value: string }];
  children: [MdastText];
}

/** One planned change: `node` (a text node) is replaced by `parts`, text and terms in reading order. */
export interface GlossaryLinkChange {
  node: MdastNode;
  parts: (MdastText | MdastTerm)[];
}

/** The term id of an inserted term. */
export const termId = (term: MdastTerm): string => term.attributes[0].value;

/** Nodes whose text never gets a glossary link: headings, links, code, raw HTML, images and MDX expressions. */
const SKIPPED_NODES = new Set([
  'heading',
  'link',
  'linkReference',
  'definition',
  'footnoteDefinition',
  'code',
  'inlineCode',
  'html',
  'image',
  'imageReference',
  'yaml',
  'toml',
  'mdxjsEsm',
  'mdxFlowExpression',
  'mdxTextExpression',
]);

/** HTML elements written as JSX in MDX whose text is a heading, a link or code. */
const SKIPPED_ELEMENTS = new Set([
  'a',
  'code',
  'pre',
  'kbd',
  'samp',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  TERM_COMPONENT,
]);

const isJsxElement = (node: MdastNode) => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/** Whether text inside `node` never gets a glossary link (a heading, a link, code, raw HTML, an MDX expression …). */
export function isSkippedNode(node: MdastNode): boolean {
  return SKIPPED_NODES.has(node.type) || (isJsxElement(node) && SKIPPED_ELEMENTS.has(node.name ?? ''));
}

/**
 * The glossary terms of one article, decided node by node in reading order: the first occurrence of each term
 * becomes a `<Begrip>` (its definition in place, with a link to the glossary page); later occurrences stay text. A link the writer already made to a
 * term counts as its first use.
 */
export interface GlossaryLinker {
  /** Notes a link in ordinary text (not inside a skipped node), in reading order. */
  noteLink(url: string): void;
  /**
   * The text and terms that replace a text node, or undefined when it stays as it is. `inSkippedNode` is asked only
   * when the text has a term, so finding the node's ancestors costs nothing for ordinary text.
   */
  linkText(value: string, inSkippedNode: () => boolean): (MdastText | MdastTerm)[] | undefined;
}

export function createGlossaryLinker(matcher: TermMatcher): GlossaryLinker {
  const linked = new Set<string>();
  return {
    noteLink(url) {
      const id = glossaryIdFromHref(url);
      if (id !== undefined) linked.add(id);
    },
    linkText(value, inSkippedNode) {
      const matches = matcher.find(value);
      if (!matches.some((match) => !linked.has(match.id)) || inSkippedNode()) return undefined;
      const parts: (MdastText | MdastTerm)[] = [];
      let position = 0;
      for (const match of matches) {
        if (linked.has(match.id)) continue;
        linked.add(match.id);
        if (match.start > position) parts.push({ type: 'text', value: value.slice(position, match.start) });
        parts.push({
          type: 'mdxJsxTextElement',
          name: TERM_COMPONENT,
          attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: match.id }],
          children: [{ type: 'text', value: match.text }],
        });
        position = match.end;
      }
      if (position < value.length) parts.push({ type: 'text', value: value.slice(position) });
      return parts;
    },
  };
}

/**
 * Plans the glossary links of one article from its whole tree (see GlossaryLinker). Text inside headings, links
 * (including their link text), code, raw HTML and MDX expressions is never linked, and MDX component attributes are
 * never read (only the children of a component are text). A form split over two text nodes (e.g. half of it in bold)
 * is not found.
 */
export function planGlossaryLinks(root: MdastNode, matcher: TermMatcher): GlossaryLinkChange[] {
  const linker = createGlossaryLinker(matcher);
  const changes: GlossaryLinkChange[] = [];
  const notSkipped = () => false;

  const visit = (node: MdastNode): void => {
    if (node.type === 'link') {
      linker.noteLink(node.url ?? '');
      return;
    }
    if (isSkippedNode(node)) return;
    if (node.type === 'text') {
      const parts = linker.linkText(node.value ?? '', notSkipped);
      if (parts) changes.push({ node, parts });
      return;
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(root);
  return changes;
}
