// Calculator parameters per year, read from rekenhulpen/parameters/<year>.yaml of the content folder and validated at
// build time.
import { parseParametersFile } from '../lib/content-files';
import { defaultYear, toYearParameters, type YearParameters } from '../lib/calculators/year-parameters';
import type { ParametersFile } from '../schemas/calculator-parameters';

const rawFiles = import.meta.glob<string>('@content/rekenhulpen/parameters/*.yaml', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** Every parameters file, validated, oldest year first. */
export const parameterFiles: readonly ParametersFile[] = Object.entries(rawFiles)
  .map(([path, text]) =>
    parseParametersFile(text, `${__CONTENT_DIR__}/rekenhulpen/parameters/${path.replace(/^.*\//, '')}`),
  )
  .sort((a, b) => a.jaar - b.jaar);

/** Plain numbers per year, as passed to the calculator islands. */
export const yearParameters: readonly YearParameters[] = parameterFiles.map(toYearParameters);

/** The year a calculator opens with. */
export const defaultParametersYear = defaultYear(yearParameters.map((p) => p.year));
