// Which words of an article become links to the glossary: the first use of each term, in reading order, in ordinary
// text. Works on the Markdown syntax tree (mdast) of an MDX article and only plans the change; the Markdown plugin
// in src/integrations/glossary-links.ts applies it while the article is compiled.
import { glossaryHref, glossaryIdFromHref, type TermMatcher } from './glossary';

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

/** A link to a glossary term, as inserted into the article. */
export interface MdastLink {
  type: 'link';
  url: string;
  title: null;
  children: [MdastText];
}

/** One planned change: `node` (a text node) is replaced by `parts`, text and links in reading order. */
export interface GlossaryLinkChange {
  node: MdastNode;
  parts: (MdastText | MdastLink)[];
}

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
const SKIPPED_ELEMENTS = new Set(['a', 'code', 'pre', 'kbd', 'samp', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

const isJsxElement = (node: MdastNode) => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/**
 * Plans the glossary links of one article: the first occurrence of each term in reading order becomes a link to
 * the term on the glossary page; later occurrences stay text. Text inside headings, links (including their link
 * text), code, raw HTML and MDX expressions is never linked, and MDX component attributes are never read (only
 * the children of a component are text). A link the writer already made to a term counts as its first use.
 * A form split over two text nodes (e.g. half of it in bold) is not found.
 */
export function planGlossaryLinks(root: MdastNode, matcher: TermMatcher): GlossaryLinkChange[] {
  const linked = new Set<string>();
  const changes: GlossaryLinkChange[] = [];

  const visit = (node: MdastNode): void => {
    if (node.type === 'link') {
      const id = glossaryIdFromHref(node.url ?? '');
      if (id !== undefined) linked.add(id);
      return;
    }
    if (SKIPPED_NODES.has(node.type)) return;
    if (isJsxElement(node) && SKIPPED_ELEMENTS.has(node.name ?? '')) return;
    if (node.type === 'text') {
      const change = linkFirstUses(node, node.value ?? '', matcher, linked);
      if (change) changes.push(change);
      return;
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(root);
  return changes;
}

function linkFirstUses(
  node: MdastNode,
  value: string,
  matcher: TermMatcher,
  linked: Set<string>,
): GlossaryLinkChange | undefined {
  const parts: (MdastText | MdastLink)[] = [];
  let position = 0;
  for (const match of matcher.find(value)) {
    if (linked.has(match.id)) continue;
    linked.add(match.id);
    if (match.start > position) parts.push({ type: 'text', value: value.slice(position, match.start) });
    parts.push({
      type: 'link',
      url: glossaryHref(match.id),
      title: null,
      children: [{ type: 'text', value: match.text }],
    });
    position = match.end;
  }
  if (parts.length === 0) return undefined;
  if (position < value.length) parts.push({ type: 'text', value: value.slice(position) });
  return { node, parts };
}
