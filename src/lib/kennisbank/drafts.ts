/** Anything with the article's draft flag. */
export interface HasDraftFlag {
  data: { concept: boolean };
}

/** Drafts are shown only when `includeDrafts` is true (in `astro dev`); the production build never contains them. */
export function filterPublished<T extends HasDraftFlag>(articles: readonly T[], includeDrafts: boolean): T[] {
  return articles.filter((article) => includeDrafts || !article.data.concept);
}
