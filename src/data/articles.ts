// The kennisbank articles as the pages use them, read through Astro's content layer.
import { getCollection, type CollectionEntry } from 'astro:content';
import { filterPublished, sortForListing } from '../lib/knowledge-base/listing';

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
