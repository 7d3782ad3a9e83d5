// Topics and authors of the kennisbank, validated at build time (a bad file stops the build).
import rawTopics from '@content/onderwerpen.yaml?raw';
import rawAuthors from '@content/auteurs.yaml?raw';
import { CONTENT_FILES, parseAuthors, parseTopics } from '../lib/content-files';
import type { Author } from '../schemas/authors';
import type { Topic } from '../schemas/topics';

export const topics: readonly Topic[] = parseTopics(rawTopics, `${__CONTENT_DIR__}/${CONTENT_FILES.topics}`);
export const authors: readonly Author[] = parseAuthors(rawAuthors, `${__CONTENT_DIR__}/${CONTENT_FILES.authors}`);

/** The author with this id (ids in articles are validated against this list, so it exists). */
export function authorById(id: string): Author {
  return authors.find((a) => a.id === id) as Author;
}
