// The content the suites test, read with the project's own parsers from the folder CONTENT_DIR names: the fixture site
// (tests/fixtures/site/) in `npm test`, see src/cli/on-fixture-site.mjs. Tests take their expected values from here,
// so they follow the fixture when its values change, and never depend on the demo in content/.
import { readdirSync, readFileSync } from 'node:fs';
import { contentDir, contentLabel, contentPath } from '../../src/cli/content-dir.mjs';
import { defaultYear, toYearParameters, type YearParameters } from '../../src/lib/calculators/year-parameters';
import {
  CONTENT_FILES,
  parseBureau,
  parseGlossary,
  parseParametersFile,
  parseSectors,
  parseTopics,
} from '../../src/lib/content-files';
import { readPeople, readResults, readServices, readStories } from './bureau-entries';

const read = (file: string) => readFileSync(contentPath(file), 'utf8');
const parsed = <T>(file: string, parse: (text: string, name: string) => T) => parse(read(file), contentLabel(file));

/** The content folder under test: `path` absolute, `label` as in messages (e.g. `tests/fixtures/site`). */
export const testedContentDir = contentDir;

/** The bureau's details (bureau.yaml). */
export const bureau = parsed(CONTENT_FILES.bureau, parseBureau);
/** The kennisbank's topics (onderwerpen.yaml), in file order. */
export const topics = parsed(CONTENT_FILES.topics, parseTopics);
/** The bureau's people (mensen/), in file-name order. */
export const people = readPeople(contentDir);
/** The bureau's services (diensten/), in file-name order, with their frontmatter. */
export const services = readServices(contentDir);
/** The result figures (resultaten.yaml), in file order. */
export const results = readResults(contentDir);
/** The client stories (verhalen/), in file-name order. */
export const stories = readStories(contentDir);
/** The glossary (begrippen.yaml), in file order. */
export const glossary = parsed(CONTENT_FILES.glossary, parseGlossary);
/** The sectors of the offer form (sectoren.yaml). */
export const sectors = parsed(CONTENT_FILES.sectors, parseSectors);

/** The years with a parameters file (rekenhulpen/parameters/<year>.yaml), oldest first. */
export const parameterYears: readonly number[] = readdirSync(contentPath('rekenhulpen/parameters'))
  .map((name) => Number(name.replace(/\.yaml$/, '')))
  .sort((a, b) => a - b);

/** The year the calculators open with (today's year when it has a file, else the latest). */
export const openingYear = defaultYear(parameterYears);

/** The parameters file of `year`, validated, with every source. */
export function parametersFile(year: number) {
  const file = `rekenhulpen/parameters/${year}.yaml`;
  return parseParametersFile(read(file), contentLabel(file));
}

/** The calculator parameters of `year` as the calculators use them. */
export function yearParameters(year: number): YearParameters {
  return toYearParameters(parametersFile(year));
}

/** A content file's text, by its path inside the content folder. */
export const contentFile = read;

/**
 * The list unchanged, or an error when it is empty: a test that loops over "every draft" or "every FAQ article" must
 * not pass by looping over nothing.
 */
export function nonEmpty<T>(list: readonly T[], what: string): readonly T[] {
  if (list.length === 0)
    throw new Error(`The content in ${contentDir.label} has no ${what}, so the test would check nothing.`);
  return list;
}
