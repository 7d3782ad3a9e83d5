// The bureau's people as the pages show them: their order, their profile's address, and who wrote an article.
import type { Person } from '../../schemas/person';

/** People in the order of /over-ons/: `volgorde` first, then name. */
export function sortPeople<T extends Pick<Person, 'volgorde' | 'naam'>>(people: readonly T[]): T[] {
  return [...people].sort((a, b) => a.volgorde - b.volgorde || a.naam.localeCompare(b.naam, 'nl'));
}

/** The address of a person's profile: an anchor on /over-ons/. */
export function profilePath(id: string): string {
  return `/over-ons/#${id}`;
}

/** Who wrote an article: one of the bureau's people, or the editorial team (shown once, as "Redactie"). */
export type ArticleAuthor =
  { kind: 'person'; id: string; naam: string; functie: string } | { kind: 'editorial'; naam: 'Redactie' };

/** The author of an article whose `auteur:` is `id` (the editorial team's id, or a person's file name). */
export function articleAuthor(
  id: string,
  people: readonly Pick<Person, 'id' | 'naam' | 'functie'>[],
  editorialId: string,
): ArticleAuthor {
  const person = id === editorialId ? undefined : people.find((entry) => entry.id === id);
  if (!person) return { kind: 'editorial', naam: 'Redactie' };
  return { kind: 'person', id: person.id, naam: person.naam, functie: person.functie };
}
