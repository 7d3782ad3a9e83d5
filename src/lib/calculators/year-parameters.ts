// The calculator parameters per year, as the plain numbers the islands calculate with (the files, with their
// sources, are read by src/lib/content-files.ts).
import { ConfigError } from '../friendly-errors';
import type { ParametersFile } from '../../schemas/calculator-parameters';

/** Plain calculator parameters for one calendar year, as passed to the islands. */
export interface YearParameters {
  /** Calendar year (`jaar`). */
  year: number;
  /** Statutory minimum hourly wage, 21 and older (`minimumUurloon`). */
  minimumHourlyWage: number;
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
    minimumHourlyWage: w.minimumUurloon.waarde,
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
  };
}

/** Default year: the current calendar year if there are parameters for it, else the latest available year. */
export function defaultYear(availableYears: readonly number[], today: Date = new Date()): number {
  if (availableYears.length === 0) throw new ConfigError('Geen parameterbestanden gevonden in content/rekenhulpen/.');
  const current = today.getFullYear();
  return availableYears.includes(current) ? current : Math.max(...availableYears);
}
