// The kennisbank articles as the pages use them, read through Astro's content layer.
import { getCollection, type CollectionEntry } from 'astro:content';
import { filterPublished, sortForListing } from '../lib/knowledge-base/listing';
import { readingTimeMinutes } from '../lib/knowledge-base/reading-time';

/** One kennisbank article entry. */
export type Article = CollectionEntry<'articles'>;

/** All articles visitors may see: drafts only in `astro dev`. Sorted for listing. */
export async function getArticles(): Promise<Article[]> {
  const all = await getCollection('articles');
  return sortForListing(filterPublished(all, import.meta.env.DEV));
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
