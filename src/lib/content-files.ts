// The data files a bureau edits in its content folder (content/, or whatever CONTENT_DIR names), and how each is read:
// parsed, validated against its schema, and on a mistake turned into one Dutch message that names the file and the
// field. The data adapters in src/data/, astro.config.mjs and the tests all read them through here, and pass the
// file's name as the bureau knows it (e.g. tests/fixtures/site/bureau.yaml); the default names are those in content/.
import { bureauSchema, type Bureau } from '../schemas/bureau';
import { parametersFileSchema, type ParametersFile } from '../schemas/calculator-parameters';
import { personSchema, type Person } from '../schemas/person';
import { resultsFileSchema, type Result } from '../schemas/results';
import { storySchema, type Story } from '../schemas/story';
import { glossaryFileSchema, type GlossaryTerm } from '../schemas/glossary';
import { sectorsFileSchema, type Sector } from '../schemas/sectors';
import { topicsFileSchema, type Topic } from '../schemas/topics';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { ConfigError, formatConfigError } from './friendly-errors';

/** Paths of the data files, relative to the content folder. */
export const CONTENT_FILES = {
  bureau: 'bureau.yaml',
  sectors: 'sectoren.yaml',
  topics: 'onderwerpen.yaml',
  glossary: 'begrippen.yaml',
  results: 'resultaten.yaml',
} as const;

/** Folders of the content folder with one file per entry; the file name (without extension) is the entry's id. */
export const CONTENT_FOLDERS = {
  /** The bureau's people, `mensen/<id>.yaml`. */
  people: 'mensen',
  /** The services, `diensten/<slug>.mdx`. */
  services: 'diensten',
  /** Client stories, `verhalen/<id>.yaml`. */
  stories: 'verhalen',
} as const;

/**
 * The value of an article's `auteur:` for the editorial team (not a person): shown once as "Redactie", without a
 * profile. No file in mensen/ may take this name.
 */
export const EDITORIAL_AUTHOR_ID = 'redactie';

/** A data file's name in the default content folder, for messages when the caller names none. */
const inDefaultFolder = (file: string) => `content/${file}`;

export function parseBureau(yamlText: string, fileName: string = inDefaultFolder(CONTENT_FILES.bureau)): Bureau {
  return parseYamlFile(bureauSchema, yamlText, fileName);
}

export function parseSectors(yamlText: string, fileName: string = inDefaultFolder(CONTENT_FILES.sectors)): Sector[] {
  return parseYamlFile(sectorsFileSchema, yamlText, fileName).sectoren;
}

export function parseTopics(yamlText: string, fileName: string = inDefaultFolder(CONTENT_FILES.topics)): Topic[] {
  return parseYamlFile(topicsFileSchema, yamlText, fileName).onderwerpen;
}

export function parseResults(yamlText: string, fileName: string = inDefaultFolder(CONTENT_FILES.results)): Result[] {
  return parseYamlFile(resultsFileSchema, yamlText, fileName).resultaten;
}

/** The id an entry file's name gives (`mensen/sanne-de-boer.yaml` → `sanne-de-boer`); a Dutch error when unusable. */
export function entryIdFromFileName(fileName: string): string {
  const id = /([^/\\]+)\.(ya?ml|mdx)$/.exec(fileName)?.[1] ?? '';
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id))
    throw new ConfigError(
      `Fout in ${fileName}: de bestandsnaam mag alleen kleine letters, cijfers en streepjes bevatten, bijvoorbeeld sanne-de-boer.yaml`,
    );
  return id;
}

/** One person, `mensen/<id>.yaml`: the file name is the id (and the anchor on /over-ons/). */
export function parsePerson(yamlText: string, fileName: string): Person {
  const id = entryIdFromFileName(fileName);
  if (id === EDITORIAL_AUTHOR_ID)
    throw new ConfigError(
      `Fout in ${fileName}: "${EDITORIAL_AUTHOR_ID}" is gereserveerd voor artikelen van de redactie. Geef het bestand de naam van een persoon.`,
    );
  return { id, ...parseYamlFile(personSchema, yamlText, fileName) };
}

/** One client story, `verhalen/<id>.yaml`; the build refuses a story without consent. */
export function parseStory(yamlText: string, fileName: string): Story {
  return { id: entryIdFromFileName(fileName), ...parseYamlFile(storySchema, yamlText, fileName) };
}

export function parseGlossary(
  yamlText: string,
  fileName: string = inDefaultFolder(CONTENT_FILES.glossary),
): GlossaryTerm[] {
  return parseYamlFile(glossaryFileSchema, yamlText, fileName).begrippen;
}

/**
 * One `rekenhulpen/parameters/<year>.yaml` of the content folder. The year is the file's name (the editor names the file after it and
 * does not repeat it inside); a file that does state `jaar` must state the same year.
 */
export function parseParametersFile(yamlText: string, fileName: string): ParametersFile {
  const yearInName = /(\d{4})\.ya?ml$/.exec(fileName)?.[1];
  if (!yearInName) {
    throw new ConfigError(`Fout in ${fileName}: de bestandsnaam moet het jaar zijn, bijvoorbeeld 2027.yaml`);
  }
  const withYear = z.preprocess(
    (data) => (data && typeof data === 'object' ? { jaar: Number(yearInName), ...data } : data),
    parametersFileSchema,
  );
  const parameters = parseYamlFile(withYear, yamlText, fileName);
  if (Number(yearInName) !== parameters.jaar) {
    throw new ConfigError(
      `Fout in ${fileName}:\n  - veld "jaar": is ${parameters.jaar}, maar de bestandsnaam noemt ${yearInName}`,
    );
  }
  return parameters;
}

/**
 * Parses a YAML file a bureau edits and validates it against `schema`; throws one readable ConfigError that
 * names the file and every offending field. An empty file is validated as `whenEmpty`.
 */
export function parseYamlFile<T extends z.ZodType>(
  schema: T,
  yamlText: string,
  fileName: string,
  whenEmpty: unknown = {},
): z.output<T> {
  let data: unknown;
  try {
    data = parseYaml(yamlText);
  } catch (error) {
    throw new ConfigError(`Fout in ${fileName}: geen geldige YAML (${(error as Error).message.split('\n')[0]})`);
  }
  const result = schema.safeParse(data ?? whenEmpty);
  if (!result.success) throw new ConfigError(formatConfigError(fileName, result.error));
  return result.data;
}
