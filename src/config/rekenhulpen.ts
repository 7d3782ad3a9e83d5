// Calculator parameters per year, read from content/rekenhulpen/*.yaml and validated at build time.
import { defaultYear, parseParametersFile, toYearParameters } from '../lib/rekenhulpen/parse-parameters';
import type { ParametersFile } from '../lib/rekenhulpen/parameters-schema';
import type { YearParameters } from '../lib/rekenhulpen/year-parameters';

const rawFiles = import.meta.glob<string>('../../content/rekenhulpen/parameters-*.yaml', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** Every parameters file, validated, oldest year first. */
export const parameterFiles: readonly ParametersFile[] = Object.entries(rawFiles)
  .map(([path, text]) => parseParametersFile(text, path.replace(/^(\.\.\/)+/, '')))
  .sort((a, b) => a.jaar - b.jaar);

/** Plain numbers per year, as passed to the calculator islands. */
export const yearParameters: readonly YearParameters[] = parameterFiles.map(toYearParameters);

/** The year a calculator opens with. */
export const defaultParametersYear = defaultYear(yearParameters.map((p) => p.jaar));
