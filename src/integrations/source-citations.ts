// The Markdown plugin that turns an article's inline links to its own sources into numbered references to its
// sources list (src/lib/knowledge-base/source-citations.ts). Registered on the MDX processor in astro.config.mjs; it
// runs only for the .mdx files in the articles folder, and only on links whose address is one of the article's
// `bronnen`. Other links (the site's own pages, a general website) stay links.
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MdastContent, MdastPluginEntry, MdastTarget, MdastVisitorContext } from 'satteri';
import { citationElement, sourceNumbers, sourceUrlKey } from '../lib/knowledge-base/source-citations';

export interface SourceCitationsOptions {
  /** Folder of the articles; files elsewhere are left alone. */
  articlesDir: string;
}

/** The frontmatter's `bronnen` as far as this plugin reads them (the content schema validates them). */
function frontmatterSources(frontmatter: Record<string, unknown> | undefined): { url: string }[] {
  const sources = frontmatter?.bronnen;
  if (!Array.isArray(sources)) return [];
  return sources.filter(
    (source): source is { url: string } => typeof (source as { url?: unknown } | null)?.url === 'string',
  );
}

/** A heading keeps its link: a number in a heading would end up in the table of contents. */
function inHeading(node: MdastTarget, context: MdastVisitorContext): boolean {
  for (let parent = context.parent(node); parent; parent = context.parent(parent))
    if (parent.type === 'heading') return true;
  return false;
}

export function sourceCitations({ articlesDir }: SourceCitationsOptions): MdastPluginEntry {
  const folder = resolve(articlesDir) + sep;
  return (document) => {
    if (document.sourceFormat !== 'mdx' || !document.fileURL) return null;
    if (!fileURLToPath(document.fileURL).startsWith(folder)) return null;
    const sources = frontmatterSources(document.data.astro?.frontmatter);
    if (sources.length === 0 || !document.source.includes('](')) return null;
    const numbers = sourceNumbers(sources);
    return {
      name: 'source-citations',
      link(node, context) {
        const number = numbers.get(sourceUrlKey(node.url));
        if (number === undefined || inHeading(node, context)) return;
        context.replaceNode(node, [...(node.children as MdastContent[]), citationElement(number) as MdastContent]);
      },
    };
  };
}
