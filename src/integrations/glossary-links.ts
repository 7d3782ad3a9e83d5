// The Markdown plugin that links the first use of each glossary term in a kennisbank article to the glossary page.
// Registered on the MDX processor in astro.config.mjs; it runs only for the .mdx files in the articles folder
// (fixed pages and calculator texts stay as written). What gets linked is decided in
// src/lib/knowledge-base/glossary-links.ts.
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MdastContent, MdastPluginEntry, MdastTarget, MdastVisitorContext } from 'satteri';
import { createTermMatcher, type MatchableTerm } from '../lib/knowledge-base/glossary';
import { createGlossaryLinker, isSkippedNode, type MdastNode } from '../lib/knowledge-base/glossary-links';

export interface GlossaryLinksOptions {
  /** The glossary terms (content/begrippen.yaml, validated). */
  terms: readonly MatchableTerm[];
  /** Folder of the articles; files elsewhere are left alone. */
  articlesDir: string;
}

/**
 * A Sätteri mdast plugin entry for `satteri({ mdastPlugins })`. It visits only text and link nodes (in reading order)
 * instead of reading the whole tree, and leaves out an article in which no term occurs at all: at 1,000 articles this
 * keeps the plugin's cost under a second of the build instead of more than two.
 */
export function glossaryLinks({ terms, articlesDir }: GlossaryLinksOptions): MdastPluginEntry {
  const matcher = createTermMatcher(terms);
  const folder = resolve(articlesDir) + sep;
  return (document) => {
    if (document.sourceFormat !== 'mdx' || !document.fileURL) return null;
    if (!fileURLToPath(document.fileURL).startsWith(folder)) return null;
    if (!matcher.mayOccurIn(document.source)) return null;
    const linker = createGlossaryLinker(matcher);
    const inSkippedNode = (node: MdastTarget, context: MdastVisitorContext) => {
      for (let parent = context.parent(node); parent; parent = context.parent(parent))
        if (isSkippedNode(parent as MdastNode)) return true;
      return false;
    };
    return {
      name: 'glossary-links',
      link(node, context) {
        if (!inSkippedNode(node, context)) linker.noteLink(node.url);
      },
      text(node, context) {
        const parts = linker.linkText(node.value, () => inSkippedNode(node, context));
        if (parts) context.replaceNode(node, parts as MdastContent[]);
      },
    };
  };
}
