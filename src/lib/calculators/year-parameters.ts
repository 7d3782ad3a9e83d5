// The calculator parameters per year, as the plain numbers the islands calculate with (the files, with their
// sources, are read by src/lib/content-files.ts).
import { ConfigError } from '../friendly-errors';
import { formatDutchDate } from '../format/dates';
import type { ParametersFile } from '../../schemas/calculator-parameters';

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

/** Plain calculator parameters for one calendar year, as passed to the islands. */
export interface YearParameters {
  /** Calendar year (`jaar`). */
  year: number;
  /** Statutory minimum hourly wage, 21 and older, per period of the year (`minimumUurloon`). */
  minimumHourlyWage: AmountPeriod[];
  /** Maximum daily wage for Ziektewet benefits (`maximumDagloon`). */
  maximumDailyWage: number;
  /** Minimum Ziektewet benefit as a percentage of the daily wage (`ziektewetPercentage`). */
  sicknessBenefitPercent: number;
  /** LKV arbeidsgehandicapte werknemer per paid hour (`lkvUurbedrag`). */
  lkvPerHour: number;
  /** LKV maximum per year (`lkvJaarMaximum`). */
  lkvYearlyMaximum: number;
  /** LKV maximum number of years (`lkvJaren`). */
  lkvYears: number;
  /** Tax-free travel allowance per km (`reiskostenPerKm`). */
  travelAllowancePerKm: number;
  /** Estimated employer charges on top of the wage, percent (`werkgeverslastenPercentage`). */
  employerChargesPercent: number;
  /** Estimated cost of one hire (`kostenPerAanname`). */
  recruitmentCost: number;
  /** Estimated total cost of one sick day (`kostenPerVerzuimdag`). */
  absenceDayCost: number;
  /** Estimated price of a 2e-spoortraject (`kosten2eSpoorTraject`). */
  secondTrackCost: number;
  /** Share of UWV's checks of the re-integratieverslag followed by a loonsanctie, percent (`aandeelLoonsancties`). */
  sanctionShare: number;
  /** Year that share was measured in (`aandeelLoonsancties.peiljaar`). */
  sanctionShareYear: number;
}

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
  const { wettelijk: w, schattingen: s } = file;
  return {
    year: file.jaar,
    minimumHourlyWage: toAmountPeriods(w.minimumUurloon.perioden),
    maximumDailyWage: w.maximumDagloon.waarde,
    sicknessBenefitPercent: w.ziektewetPercentage.waarde,
    lkvPerHour: w.lkvUurbedrag.waarde,
    lkvYearlyMaximum: w.lkvJaarMaximum.waarde,
    lkvYears: w.lkvJaren.waarde,
    travelAllowancePerKm: w.reiskostenPerKm.waarde,
    employerChargesPercent: s.werkgeverslastenPercentage.waarde,
    recruitmentCost: s.kostenPerAanname.waarde,
    absenceDayCost: s.kostenPerVerzuimdag.waarde,
    secondTrackCost: s.kosten2eSpoorTraject.waarde,
    sanctionShare: s.aandeelLoonsancties.waarde,
    sanctionShareYear: s.aandeelLoonsancties.peiljaar,
  };
}

/** Default year: the current calendar year if there are parameters for it, else the latest available year. */
export function defaultYear(availableYears: readonly number[], today: Date = new Date()): number {
  if (availableYears.length === 0) throw new ConfigError('Geen parameterbestanden gevonden in content/rekenhulpen/.');
  const current = today.getFullYear();
  return availableYears.includes(current) ? current : Math.max(...availableYears);
}
