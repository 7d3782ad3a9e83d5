// Whether an article is on the site: a draft (`concept: true`) never is, a scheduled article (its `gepubliceerd`
// date after the build's "today") appears on the first build on or after that date.

/** Where an article stands on a given day. */
export type PublicationStatus = 'concept' | 'gepland' | 'gepubliceerd';

/** The fields that decide an article's status. */
export interface PublicationFields {
  data: { concept: boolean; gepubliceerd: Date };
}

/** The calendar day of a frontmatter date as YYYY-MM-DD (YAML dates are read as midnight UTC). */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The status of an article on `today` (YYYY-MM-DD). */
export function publicationStatus(article: PublicationFields, today: string): PublicationStatus {
  if (article.data.concept) return 'concept';
  return isoDay(article.data.gepubliceerd) > today ? 'gepland' : 'gepubliceerd';
}

/** What a build shows: which day counts as today, and whether drafts and scheduled articles are shown too. */
export interface PublicationView {
  /** YYYY-MM-DD. */
  today: string;
  /** True in `astro dev` and in preview builds; never in production. */
  showUnpublished: boolean;
}

/** The articles a build shows; in production only those published on or before `today`. */
export function filterVisible<T extends PublicationFields>(articles: readonly T[], view: PublicationView): T[] {
  return articles.filter(
    (article) => view.showUnpublished || publicationStatus(article, view.today) === 'gepubliceerd',
  );
}
