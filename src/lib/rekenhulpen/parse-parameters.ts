import { ConfigError } from '../config-error';
import { parseYamlFile } from '../config/parse-yaml-file';
import { parametersFileSchema, type ParametersFile } from './parameters-schema';
import type { YearParameters } from './year-parameters';

/** Parses and validates one parameters file; throws one readable ConfigError naming the file and field. */
export function parseParametersFile(yamlText: string, fileName: string): ParametersFile {
  const parameters = parseYamlFile(parametersFileSchema, yamlText, fileName);
  const yearInName = /(\d{4})\.ya?ml$/.exec(fileName)?.[1];
  if (yearInName && Number(yearInName) !== parameters.jaar) {
    throw new ConfigError(`Fout in ${fileName}:\n  - veld "jaar": is ${parameters.jaar}, maar de bestandsnaam noemt ${yearInName}`);
  }
  return parameters;
}

/** The plain numbers an island needs for one year (sources stay on the server-rendered page). */
export function toYearParameters(file: ParametersFile): YearParameters {
  const { wettelijk: w, schattingen: s } = file;
  return {
    jaar: file.jaar,
    minimumUurloon: w.minimumUurloon.waarde,
    maximumDagloon: w.maximumDagloon.waarde,
    ziektewetPercentage: w.ziektewetPercentage.waarde,
    lkvUurbedrag: w.lkvUurbedrag.waarde,
    lkvJaarMaximum: w.lkvJaarMaximum.waarde,
    lkvJaren: w.lkvJaren.waarde,
    reiskostenPerKm: w.reiskostenPerKm.waarde,
    werkgeverslastenPercentage: s.werkgeverslastenPercentage.waarde,
    kostenPerAanname: s.kostenPerAanname.waarde,
    kostenPerVerzuimdag: s.kostenPerVerzuimdag.waarde,
    kosten2eSpoorTraject: s.kosten2eSpoorTraject.waarde,
  };
}

/** Default year: the current calendar year if there are parameters for it, else the latest available year. */
export function defaultYear(availableYears: readonly number[], today: Date = new Date()): number {
  if (availableYears.length === 0) throw new ConfigError('Geen parameterbestanden gevonden in content/rekenhulpen/.');
  const current = today.getFullYear();
  return availableYears.includes(current) ? current : Math.max(...availableYears);
}
