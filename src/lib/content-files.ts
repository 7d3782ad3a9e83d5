// The data files a bureau edits in its content folder (content/, or whatever CONTENT_DIR names), and how each is read:
// parsed, validated against its schema, and on a mistake turned into one Dutch message that names the file and the
// field. The data adapters in src/data/, astro.config.mjs and the tests all read them through here, and pass the
// file's name as the bureau knows it (e.g. tests/fixtures/site/bureau.yaml); the default names are those in content/.
import { authorsFileSchema, type Author } from '../schemas/authors';
import { bureauSchema, type Bureau } from '../schemas/bureau';
import { parametersFileSchema, type ParametersFile } from '../schemas/calculator-parameters';
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
  authors: 'auteurs.yaml',
  glossary: 'begrippen.yaml',
} as const;

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

export function parseAuthors(yamlText: string, fileName: string = inDefaultFolder(CONTENT_FILES.authors)): Author[] {
  return parseYamlFile(authorsFileSchema, yamlText, fileName).auteurs;
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
