/** The fields needed to pick related articles. */
export interface RelatableArticle {
  id: string;
  data: { onderwerpen: readonly string[]; doelgroep: readonly string[]; bijgewerkt: Date };
}

function overlap(a: readonly string[], b: readonly string[]): number {
  return a.filter((value) => b.includes(value)).length;
}

/**
 * Articles that share at least one topic with `current`, most shared topics first, then most shared
 * audiences, then most recently updated. Uses frontmatter only, so nothing has to be rendered.
 */
export function selectRelated<T extends RelatableArticle>(
  current: RelatableArticle,
  candidates: readonly T[],
  limit = 3,
): T[] {
  return candidates
    .filter((candidate) => candidate.id !== current.id)
    .map((candidate) => ({
      candidate,
      topics: overlap(current.data.onderwerpen, candidate.data.onderwerpen),
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
