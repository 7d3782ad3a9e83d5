// When the facts of an article are due for a new check: more than 12 months after `feitenGecontroleerd`.
// Dates are calendar days at UTC midnight, as the content layer reads `2026-12-01`.

/** Facts checked longer ago than this many months are due for a new check. */
export const FRESH_MONTHS = 12;

/**
 * The last day on which facts checked on `checked` still count as checked: the same day `months` later, or the last
 * day of that month when it is shorter (checked on 29 February 2024 → fresh until 28 February 2025).
 */
export function freshUntil(checked: Date, months: number = FRESH_MONTHS): Date {
  const year = checked.getUTCFullYear();
  const month = checked.getUTCMonth() + months;
  const lastDayOfTargetMonth = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(checked.getUTCDate(), lastDayOfTargetMonth)));
}

/** The calendar day of `date` (UTC), without the time. */
const dayOf = (date: Date) => Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());

/** True when, on `today`, the facts checked on `checked` are more than 12 months old. */
export function isCheckOverdue(checked: Date, today: Date): boolean {
  return dayOf(today) > dayOf(freshUntil(checked));
}

/** What the freshness list needs of an article. */
export interface CheckedArticle {
  id: string;
  data: { feitenGecontroleerd: Date };
}

/** The articles whose facts are overdue for a check on `today`, the longest overdue first. */
export function overdueArticles<T extends CheckedArticle>(articles: readonly T[], today: Date): T[] {
  return articles
    .filter((article) => isCheckOverdue(article.data.feitenGecontroleerd, today))
    .sort(
      (a, b) => a.data.feitenGecontroleerd.getTime() - b.data.feitenGecontroleerd.getTime() || a.id.localeCompare(b.id),
    );
}

/**
 * The newest `geraadpleegd` of an article's sources: the latest date on which a version that was read was current.
 * An article's facts can be checked against its sources only up to that date (`feitenGecontroleerd` may not be later).
 */
export function newestConsulted(sources: readonly { geraadpleegd: Date }[]): Date | undefined {
  let newest: Date | undefined;
  for (const { geraadpleegd } of sources) if (!newest || geraadpleegd > newest) newest = geraadpleegd;
  return newest;
}
