/** A heading as returned by Astro's `render()`. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** One table-of-contents entry: an h2 with its h3 children. */
export interface TocEntry {
  slug: string;
  text: string;
  children: { slug: string; text: string }[];
}

/** Builds a two-level table of contents from h2/h3 headings (an h3 before any h2 becomes a top-level entry). */
export function buildToc(headings: readonly Heading[]): TocEntry[] {
  const toc: TocEntry[] = [];
  for (const { depth, slug, text } of headings) {
    const parent = toc.at(-1);
    if (depth === 2 || (depth === 3 && !parent)) toc.push({ slug, text, children: [] });
    else if (depth === 3 && parent) parent.children.push({ slug, text });
  }
  return toc;
}
