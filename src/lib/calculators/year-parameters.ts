// The calculator parameters per year, as the plain numbers the islands calculate with (the files, with their
// sources, are read by src/lib/content-files.ts).
import { ConfigError } from '../friendly-errors';
import { formatDutchDate } from '../format/dates';
import type { ParametersFile } from '../../schemas/calculator-parameters';
import { PARAMETERS, type EstimateParameter, type Parameter } from './parameter-registry';

/** One period of an amount that changes within the year, e.g. the minimum wage from 1 July. */
export interface AmountPeriod {
  /** First day of the period, `YYYY-MM-DD` (`geldigVanaf`). */
  from: string;
  /** The same day in Dutch, e.g. "1 juli 2026" (made on the server, so the islands need no date formatting). */
  fromText: string;
  /** The amount in this period. */
  value: number;
  /** True when the amount of this period was not yet published (`nogNietBekend`): `value` is then the amount before it. */
  assumed: boolean;
}

/** The value of one parameter in YearParameters: periods for an amount that changes within the year, else a number. */
type PlainValue<P extends Parameter> = P['kind'] extends 'statutoryPeriods' ? AmountPeriod[] : number;

/**
 * Plain calculator parameters for one calendar year, as passed to the islands: `year`, then every parameter of the
 * registry by its code name (see parameter-registry.ts for what each one is), and for every estimate the year it was
 * measured in as `<code name>Year` (e.g. `sanctionShareYear`).
 */
export type YearParameters = { year: number } & { [P in Parameter as P['key']]: PlainValue<P> } & {
  [P in EstimateParameter as `${P['key']}Year`]: number;
};

/** The periods of an amount with unpublished periods filled in with the amount before them (marked `assumed`). */
export function toAmountPeriods(
  periods: readonly { geldigVanaf: string; waarde?: number | undefined }[],
): AmountPeriod[] {
  const result: AmountPeriod[] = [];
  for (const period of periods) {
    const previous = result.at(-1);
    const value = period.waarde ?? previous?.value;
    if (value === undefined)
      throw new ConfigError(`Het bedrag vanaf ${period.geldigVanaf} is onbekend en er is geen bedrag ervoor.`);
    result.push({
      from: period.geldigVanaf,
      fromText: formatDutchDate(new Date(`${period.geldigVanaf}T00:00:00Z`)),
      value,
      assumed: period.waarde === undefined,
    });
  }
  return result;
}

/** The highest published amount of a year, with the day it applies from (for plausibility checks). */
export function highestKnownAmount(periods: readonly AmountPeriod[]): AmountPeriod {
  const known = periods.filter((period) => !period.assumed);
  return known.reduce((highest, period) => (period.value > highest.value ? period : highest), known[0] ?? periods[0]!);
}

/** Parameters for a year; years without a file use the nearest earlier year (or the earliest one). */
export function parametersForYear(all: readonly YearParameters[], year: number): YearParameters {
  const sorted = [...all].sort((a, b) => a.year - b.year);
  const earlier = sorted.filter((p) => p.year <= year);
  const found = earlier.at(-1) ?? sorted[0];
  if (!found) throw new Error('No calculator parameters available');
  return found;
}

/** The plain numbers an island needs for one year (sources stay on the server-rendered page). */
export function toYearParameters(file: ParametersFile): YearParameters {
  const plain: Record<string, unknown> = { year: file.jaar };
  for (const parameter of PARAMETERS) {
    if (parameter.kind === 'estimate') {
      const estimate = file.schattingen[parameter.dutchKey];
      plain[parameter.key] = estimate.waarde;
      plain[`${parameter.key}Year`] = estimate.peiljaar;
      continue;
    }
    const value = file.wettelijk[parameter.dutchKey];
    plain[parameter.key] = 'perioden' in value ? toAmountPeriods(value.perioden) : value.waarde;
  }
  return plain as YearParameters;
}

/** Default year: the current calendar year if there are parameters for it, else the latest available year. */
export function defaultYear(availableYears: readonly number[], today: Date = new Date()): number {
  if (availableYears.length === 0) throw new ConfigError('Geen parameterbestanden gevonden in content/rekenhulpen/.');
  const current = today.getFullYear();
  return availableYears.includes(current) ? current : Math.max(...availableYears);
}
