/** A content entry as far as its version is concerned: its id and the digest of its file. */
export interface VersionedEntry {
  id: string;
  digest?: string | number;
}

/** The parts of an article page that are not code: what Astro's incremental build compares with the last build. */
export interface ArticlePageInputs {
  /** The article itself. */
  article: VersionedEntry;
  /** The articles listed under "Lees ook" (their titles and summaries are shown). */
  related: readonly VersionedEntry[];
  /** The year the embedded calculators open with (it moves with the calendar, not with a file). */
  calculatorYear: number;
  /** Draft, scheduled or published on the build's date (preview builds show it; it moves with the calendar). */
  status: string;
}

const version = ({ id, digest }: VersionedEntry) => `${id}@${digest}`;
/** Without a digest a change could not be seen, so such a page gets no key and is rendered every time. */
const allHaveDigests = (entries: readonly VersionedEntry[]) =>
  entries.every((entry) => entry.digest !== undefined && entry.digest !== '');

/**
 * The cache key of an article page: equal in two builds only when every content input of the page is unchanged, so
 * the earlier HTML may be reused. Code, and the files the code imports (bureau, topics, glossary, parameters, the
 * calculator texts), are tracked by Astro itself through the page's module graph. Undefined (render every time) when an entry has no
 * digest, since then a change could not be seen.
 */
export function articlePageCacheKey({
  article,
  related,
  calculatorYear,
  status,
}: ArticlePageInputs): string | undefined {
  if (!allHaveDigests([article, ...related])) return undefined;
  return [
    version(article),
    `related:${related.map(version).join(',')}`,
    `year:${calculatorYear}`,
    `status:${status}`,
  ].join('|');
}

/** The parts of a listing page (/kennisbank/, a topic, an audience) that are not code. */
export interface ListingPageInputs {
  /** The articles on this page, in their order (titles, summaries, dates and reading times are shown). */
  items: readonly VersionedEntry[];
  /** This page's number. */
  current: number;
  /** The number of pages (the page navigation shows it). */
  last: number;
}

/**
 * The cache key of one page of a listing: equal in two builds only when the same versions of the same articles stand
 * on it in the same order, and the page navigation is the same. Undefined (render every time) when an entry has no
 * digest.
 */
export function listingPageCacheKey({ items, current, last }: ListingPageInputs): string | undefined {
  if (!allHaveDigests(items)) return undefined;
  return [`page:${current}/${last}`, `items:${items.map(version).join(',')}`].join('|');
}
