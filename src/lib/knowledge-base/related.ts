/** The fields needed to pick related articles. */
export interface RelatableArticle {
  id: string;
  data: { onderwerpen: readonly string[]; doelgroep: readonly string[]; bijgewerkt: Date };
}

function overlap(a: readonly string[], b: readonly string[]): number {
  return a.filter((value) => b.includes(value)).length;
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
  const articlesPerTopic = new Map<string, number>();
  const seen = new Set<string>();
  for (const article of [current, ...candidates]) {
    if (seen.has(article.id)) continue;
    seen.add(article.id);
    for (const topic of new Set(article.data.onderwerpen))
      articlesPerTopic.set(topic, (articlesPerTopic.get(topic) ?? 0) + 1);
  }
  const weight = (topic: string) => 1 / (articlesPerTopic.get(topic) ?? 1);

  return candidates
    .filter((candidate) => candidate.id !== current.id)
    .map((candidate) => ({
      candidate,
      topics: current.data.onderwerpen
        .filter((topic) => candidate.data.onderwerpen.includes(topic))
        .reduce((sum, topic) => sum + weight(topic), 0),
      audiences: overlap(current.data.doelgroep, candidate.data.doelgroep),
    }))
    .filter((scored) => scored.topics > 0)
    .sort(
      (a, b) =>
        b.topics - a.topics ||
        b.audiences - a.audiences ||
        b.candidate.data.bijgewerkt.getTime() - a.candidate.data.bijgewerkt.getTime() ||
        a.candidate.id.localeCompare(b.candidate.id),
    )
    .slice(0, limit)
    .map((scored) => scored.candidate);
}
