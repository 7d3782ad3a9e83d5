import type { CalculatorSpec } from './calculator-view';
import type { EstimateKey, StatutoryKey } from './parameters-schema';
import { noRiskpolisSpec } from './specs/no-riskpolis-spec';
import { verzuimkostenSpec } from './specs/verzuimkosten-spec';
import { werkervaringsplaatsSpec } from './specs/werkervaringsplaats-spec';

/** Names of the calculators, as used in URLs and in the `<Rekenhulp naam="…" />` embed. */
export type RekenhulpNaam = 'werkervaringsplaats' | 'no-riskpolis' | 'verzuimkosten';

/** Specs by name, for server-rendered parts (worked example); islands import their own spec only. */
export const calculatorSpecs: Record<RekenhulpNaam, CalculatorSpec> = {
  werkervaringsplaats: werkervaringsplaatsSpec,
  'no-riskpolis': noRiskpolisSpec,
  verzuimkosten: verzuimkostenSpec,
};

/** Page path of each calculator. */
export function calculatorPath(naam: RekenhulpNaam): string {
  return `/rekenhulpen/${naam}/`;
}

/** Parameters each calculator uses, listed with their sources under the calculator. */
export const usedParameters: Record<RekenhulpNaam, { wettelijk: StatutoryKey[]; schattingen: EstimateKey[] }> = {
  werkervaringsplaats: {
    wettelijk: ['reiskostenPerKm', 'minimumUurloon'],
    schattingen: ['werkgeverslastenPercentage', 'kostenPerAanname'],
  },
  'no-riskpolis': {
    wettelijk: ['maximumDagloon', 'ziektewetPercentage', 'lkvUurbedrag', 'lkvJaarMaximum', 'lkvJaren'],
    schattingen: [],
  },
  verzuimkosten: {
    wettelijk: [],
    schattingen: ['werkgeverslastenPercentage', 'kosten2eSpoorTraject', 'kostenPerVerzuimdag'],
  },
};
