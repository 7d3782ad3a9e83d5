// Which articles a list shows, and in which order.

/** The fields that decide the order of article lists. */
export interface SortableArticle {
  id: string;
  data: { uitgelicht?: number | undefined; bijgewerkt: Date };
}

/** Featured articles first (lowest `uitgelicht` number), then the most recently updated. */
export function sortForListing<T extends SortableArticle>(articles: readonly T[]): T[] {
  const rank = (article: T) => article.data.uitgelicht ?? Number.POSITIVE_INFINITY;
  return [...articles].sort(
    (a, b) =>
      rank(a) - rank(b) || b.data.bijgewerkt.getTime() - a.data.bijgewerkt.getTime() || a.id.localeCompare(b.id),
  );
}

/** Newest publication first (for the RSS feed). */
export function sortByPublished<T extends { id: string; data: { gepubliceerd: Date } }>(articles: readonly T[]): T[] {
  return [...articles].sort(
    (a, b) => b.data.gepubliceerd.getTime() - a.data.gepubliceerd.getTime() || a.id.localeCompare(b.id),
  );
}

/** Fixed pages under /kennisbank/ whose address an article file may not take. */
export const FIXED_PAGE_SLUGS = ['begrippen', 'te-controleren', 'voor', 'onderwerp'] as const;

/** True when an article with this file name would take the address of a fixed kennisbank page. */
export function isFixedPageSlug(slug: string): boolean {
  return (FIXED_PAGE_SLUGS as readonly string[]).includes(slug);
}
