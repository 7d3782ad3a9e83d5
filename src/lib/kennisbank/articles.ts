import { getCollection, type CollectionEntry } from 'astro:content';
import { filterPublished } from './drafts';
import { sortForListing } from './sort';

/** One kennisbank article entry. */
export type Article = CollectionEntry<'kennisbank'>;

/** All articles visitors may see: drafts only in `astro dev`. Sorted for listing. */
export async function getArticles(): Promise<Article[]> {
  const all = await getCollection('kennisbank');
  return sortForListing(filterPublished(all, import.meta.env.DEV));
}

/** URL path of an article. */
export function articlePath(article: Pick<Article, 'id'>): string {
  return `/kennisbank/${article.id}/`;
}
