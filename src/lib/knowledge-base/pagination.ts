// Listing pages in pages of a fixed size, so a listing stays light however many articles the kennisbank holds:
// page 1 at the listing's own address, the next ones at <address>pagina/<n>/.
import { listingPageCacheKey, type VersionedEntry } from './page-cache-key';

/** Articles per listing page. */
export const ARTICLES_PER_PAGE = 30;

/** One page of a listing. */
export interface ListingPageSlice<T> {
  /** The articles on this page. */
  items: T[];
  /** This page's number, from 1. */
  current: number;
  /** The number of pages (at least 1: an empty listing still has its first page). */
  last: number;
  /** The rest parameter of the route: undefined for page 1, `pagina/<n>` after it. */
  param: string | undefined;
}

/** Splits `items` into pages of `perPage`, in order. */
export function paginate<T>(items: readonly T[], perPage: number = ARTICLES_PER_PAGE): ListingPageSlice<T>[] {
  const last = Math.max(1, Math.ceil(items.length / perPage));
  return Array.from({ length: last }, (_, index) => ({
    items: items.slice(index * perPage, (index + 1) * perPage),
    current: index + 1,
    last,
    param: index === 0 ? undefined : `pagina/${index + 1}`,
  }));
}

/**
 * The static paths of a listing route (`[...pagina].astro`): one per page, with the route's own `params` and `props`
 * beside `pagina` and `page`, and the page's cache key for the incremental build.
 */
export function listingPaths<T extends VersionedEntry, Params extends object, Props extends object>(
  items: readonly T[],
  params: Params,
  props: Props,
) {
  return paginate(items).map((page) => ({
    params: { ...params, pagina: page.param },
    props: { ...props, page },
    cacheKey: listingPageCacheKey(page),
  }));
}

/** The address of page `page` of the listing at `basePath` (which ends in "/"). */
export function listingPageHref(basePath: string, page: number): string {
  return page <= 1 ? basePath : `${basePath}pagina/${page}/`;
}

/** One entry of the page navigation: a page number, or a gap between numbers. */
export type PageLink = { page: number; current: boolean } | { gap: true };

/**
 * The pages to link in the navigation under a listing: the first, the last, and the ones next to the current page,
 * with a gap where numbers are left out (as the GOV.UK pagination pattern does).
 */
export function pageLinks(current: number, last: number): PageLink[] {
  const shown = [...new Set([1, current - 1, current, current + 1, last])]
    .filter((page) => page >= 1 && page <= last)
    .sort((a, b) => a - b);
  const links: PageLink[] = [];
  for (const [index, page] of shown.entries()) {
    if (index > 0 && page - shown[index - 1]! > 1) links.push({ gap: true });
    links.push({ page, current: page === current });
  }
  return links;
}
