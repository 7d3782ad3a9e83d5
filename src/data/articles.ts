// The kennisbank articles as the pages use them, read through Astro's content layer.
import { getCollection, type CollectionEntry } from 'astro:content';
import { sortForListing } from '../lib/knowledge-base/listing';
import { filterVisible, publicationStatus, type PublicationStatus } from '../lib/knowledge-base/publication';
import { readingTimeMinutes } from '../lib/knowledge-base/reading-time';

/** One kennisbank article entry. */
export type Article = CollectionEntry<'articles'>;

/** What this build publishes (src/lib/publication-settings.ts, set by `vite.define` in astro.config.mjs). */
const view = { today: __BUILD_DATE__, showUnpublished: __SHOW_UNPUBLISHED__ };

/**
 * All articles visitors may see: published on or before the build date; drafts and scheduled articles only in
 * `astro dev` and preview builds. Sorted for listing.
 */
export async function getArticles(): Promise<Article[]> {
  const all = await getCollection('articles');
  return sortForListing(filterVisible(all, view));
}

/** Draft, scheduled or published, on the day of this build. */
export function articleStatus(article: Article): PublicationStatus {
  return publicationStatus(article, view.today);
}

/** URL path of an article. */
export function articlePath(article: Pick<Article, 'id'>): string {
  return `/kennisbank/${article.id}/`;
}

const readingTimes = new Map<string, number>();

/** Minutes to read an article. Counted once per version of its text: every listing page shows it for each article. */
export function articleReadingTime(article: Article): number {
  const key = `${article.id}@${article.digest ?? article.body}`;
  let minutes = readingTimes.get(key);
  if (minutes === undefined) {
    minutes = readingTimeMinutes(article.body ?? '');
    readingTimes.set(key, minutes);
  }
  return minutes;
}
