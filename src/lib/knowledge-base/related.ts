/** The fields needed to pick related articles. */
export interface RelatableArticle {
  id: string;
  data: { onderwerpen: readonly string[]; doelgroep: readonly string[]; bijgewerkt: Date };
}

function overlap(a: readonly string[], b: readonly string[]): number {
  return a.filter((value) => b.includes(value)).length;
}

/** Topic counts per candidate list that includes the current article (then they do not depend on it). */
const topicCountsByList = new WeakMap<readonly RelatableArticle[], Map<string, number>>();

/** How many articles (the candidates and `current`, each counted once) have each topic. */
function articlesPerTopic(current: RelatableArticle, candidates: readonly RelatableArticle[]): Map<string, number> {
  // Every article page asks with the same list of all articles, which holds the page's own article: count once.
  const cacheable = candidates.some((candidate) => candidate.id === current.id);
  const cached = cacheable ? topicCountsByList.get(candidates) : undefined;
  if (cached) return cached;
  const counts = new Map<string, number>();
  const seen = new Set<string>();
  for (const article of [current, ...candidates]) {
    if (seen.has(article.id)) continue;
    seen.add(article.id);
    for (const topic of new Set(article.data.onderwerpen)) counts.set(topic, (counts.get(topic) ?? 0) + 1);
  }
  if (cacheable) topicCountsByList.set(candidates, counts);
  return counts;
}

interface Scored<T> {
  candidate: T;
  topics: number;
  audiences: number;
}

/** Negative when `a` is the closer match. */
function compareScored(a: Scored<RelatableArticle>, b: Scored<RelatableArticle>): number {
  return (
    b.topics - a.topics ||
    b.audiences - a.audiences ||
    b.candidate.data.bijgewerkt.getTime() - a.candidate.data.bijgewerkt.getTime() ||
    a.candidate.id.localeCompare(b.candidate.id)
  );
}

/**
 * Articles that share at least one topic with `current`, the closest first. A shared topic counts for more when
 * fewer articles have it (1 / the number of articles with the topic), so two articles about a narrow subject such
 * as the WIA find each other before articles that only share a broad one such as the tweede spoor. Ties go to the
 * most shared audiences, then the most recently updated. Uses frontmatter only, so nothing has to be rendered.
 */
export function selectRelated<T extends RelatableArticle>(
  current: RelatableArticle,
  candidates: readonly T[],
  limit = 3,
): T[] {
  const counts = articlesPerTopic(current, candidates);
  const weight = (topic: string) => 1 / (counts.get(topic) ?? 1);

  // Keeps only the best `limit` while scanning: every page of a large kennisbank scans every article.
  const best: Scored<T>[] = [];
  for (const candidate of candidates) {
    if (candidate.id === current.id) continue;
    const topics = current.data.onderwerpen
      .filter((topic) => candidate.data.onderwerpen.includes(topic))
      .reduce((sum, topic) => sum + weight(topic), 0);
    if (topics === 0) continue;
    const scored = { candidate, topics, audiences: overlap(current.data.doelgroep, candidate.data.doelgroep) };
    if (best.length === limit && compareScored(scored, best[limit - 1]!) >= 0) continue;
    best.push(scored);
    best.sort(compareScored);
    if (best.length > limit) best.pop();
  }
  return best.map((scored) => scored.candidate);
}
