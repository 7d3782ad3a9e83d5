// The Markdown plugin that links the first use of each glossary term in a kennisbank article to the glossary page.
// Registered on the MDX processor in astro.config.mjs; it runs only for the .mdx files in the articles folder
// (fixed pages and calculator texts stay as written). What gets linked is decided in
// src/lib/knowledge-base/glossary-links.ts.
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MdastContent, MdastPluginEntry, MdastTarget } from 'satteri';
import { createTermMatcher, type MatchableTerm } from '../lib/knowledge-base/glossary';
import { planGlossaryLinks, type MdastNode } from '../lib/knowledge-base/glossary-links';

export interface GlossaryLinksOptions {
  /** The glossary terms (content/begrippen.yaml, validated). */
  terms: readonly MatchableTerm[];
  /** Folder of the articles; files elsewhere are left alone. */
  articlesDir: string;
}

/** A Sätteri mdast plugin entry for `satteri({ mdastPlugins })`. */
export function glossaryLinks({ terms, articlesDir }: GlossaryLinksOptions): MdastPluginEntry {
  const matcher = createTermMatcher(terms);
  const folder = resolve(articlesDir) + sep;
  return (document) => {
    if (document.sourceFormat !== 'mdx' || !document.fileURL) return null;
    if (!fileURLToPath(document.fileURL).startsWith(folder)) return null;
    return {
      name: 'glossary-links',
      before(root, context) {
        for (const change of planGlossaryLinks(root as MdastNode, matcher)) {
          context.replaceNode(change.node as MdastTarget, change.parts as MdastContent[]);
        }
      },
    };
  };
}
