// The bureau's people (mensen/<id>.yaml of the content folder), validated at build time: a bad file stops the build.
// Their photos are in src/data/people-photos.ts, so the editor's config can read this list without image files.
import { CONTENT_FOLDERS, EDITORIAL_AUTHOR_ID, parsePerson } from '../lib/content-files';
import { articleAuthor, sortPeople, type ArticleAuthor } from '../lib/bureau/people';
import type { Person } from '../schemas/person';

const files = import.meta.glob<string>('@content/mensen/*.yaml', { eager: true, query: '?raw', import: 'default' });

/** A person's file as the bureau knows it, e.g. `content/mensen/sanne-visser.yaml`. */
export const personFile = (path: string) => `${__CONTENT_DIR__}/${CONTENT_FOLDERS.people}/${path.replace(/^.*\//, '')}`;

/** Everyone in mensen/, in the order of /over-ons/. */
export const people: readonly Person[] = sortPeople(
  Object.entries(files).map(([path, text]) => parsePerson(text, personFile(path))),
);

/** The values an article's `auteur:` may take: the editorial team, then every person. */
export const authorIds: readonly string[] = [EDITORIAL_AUTHOR_ID, ...people.map((person) => person.id)];

/** The author of an article (its `auteur:` is validated against authorIds, so it exists). */
export function authorOf(id: string): ArticleAuthor {
  return articleAuthor(id, people, EDITORIAL_AUTHOR_ID);
}
