// The bureau's own entries in a content folder (people, services, results, client stories), read from disk with the
// project's own parsers, for the tests that check content (real content, fixture site, editor round trip).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import {
  CONTENT_FILES,
  CONTENT_FOLDERS,
  EDITORIAL_AUTHOR_ID,
  parsePerson,
  parseResults,
  parseStory,
} from '../../src/lib/content-files';
import { parseServiceFrontmatter } from '../../src/schemas/service';

/** A content folder: its absolute path and its name in messages (e.g. `tests/fixtures/site`). */
interface Folder {
  path: string;
  label: string;
}

/** The files of a folder of the content folder with this extension, as paths inside it; none when it is missing. */
export function entryFiles(folder: Folder, subfolder: string, extension: string): string[] {
  const dir = join(folder.path, subfolder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(extension))
    .sort()
    .map((name) => `${subfolder}/${name}`);
}

const read = (folder: Folder, file: string) => readFileSync(join(folder.path, file), 'utf8');
const label = (folder: Folder, file: string) => `${folder.label}/${file}`;

/** Everyone in mensen/. */
export const readPeople = (folder: Folder) =>
  entryFiles(folder, CONTENT_FOLDERS.people, '.yaml').map((file) =>
    parsePerson(read(folder, file), label(folder, file)),
  );

/** The values an article's `auteur:` may take. */
export const readAuthorIds = (folder: Folder) => [
  EDITORIAL_AUTHOR_ID,
  ...readPeople(folder).map((person) => person.id),
];

/** Every service in diensten/, with its slug and validated frontmatter. */
export const readServices = (folder: Folder) =>
  entryFiles(folder, CONTENT_FOLDERS.services, '.mdx').map((file) => ({
    slug: file.replace(/^.*\/|\.mdx$/g, ''),
    data: parseServiceFrontmatter(parseYaml(read(folder, file).split(/^---$/m)[1] ?? ''), label(folder, file)),
  }));

/** The result figures (resultaten.yaml); none when the file is missing. */
export const readResults = (folder: Folder) =>
  existsSync(join(folder.path, CONTENT_FILES.results))
    ? parseResults(read(folder, CONTENT_FILES.results), label(folder, CONTENT_FILES.results))
    : [];

/** Every client story in verhalen/. */
export const readStories = (folder: Folder) =>
  entryFiles(folder, CONTENT_FOLDERS.stories, '.yaml').map((file) =>
    parseStory(read(folder, file), label(folder, file)),
  );
