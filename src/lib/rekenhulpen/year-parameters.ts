/** Plain calculator parameters for one calendar year, as passed to the islands. */
export interface YearParameters {
  jaar: number;
  minimumUurloon: number;
  maximumDagloon: number;
  ziektewetPercentage: number;
  lkvUurbedrag: number;
  lkvJaarMaximum: number;
  lkvJaren: number;
  reiskostenPerKm: number;
  werkgeverslastenPercentage: number;
  kostenPerAanname: number;
  kostenPerVerzuimdag: number;
  kosten2eSpoorTraject: number;
}

/** Parameters for a year; years without a file use the nearest earlier year (or the earliest one). */
export function parametersForYear(all: readonly YearParameters[], year: number): YearParameters {
  const sorted = [...all].sort((a, b) => a.jaar - b.jaar);
  const earlier = sorted.filter((p) => p.jaar <= year);
  const found = earlier.at(-1) ?? sorted[0];
  if (!found) throw new Error('No calculator parameters available');
  return found;
}
