// Every calculator in one list: its address, its rules and the parameters whose sources it shows. The page text
// (title, introduction, call to action, "Hoe rekenen we dit?") is in content/rekenhulpen/<slug>.mdx; the route
// /rekenhulpen/<slug>/, the list of calculators, the article embed and the calls to action all read both.
import type { EstimateKey, StatutoryKey } from '../../schemas/calculator-parameters';
import type { CalculatorSpec } from './calculator-view';
import { absenceCostsSpec } from './specs/absence-costs';
import { noRiskPolicySpec } from './specs/no-risk-policy';
import { placementSpec } from './specs/placement';

/** One calculator. */
export interface CalculatorEntry {
  /** Address /rekenhulpen/<slug>/, the name in `<Rekenhulp naam="…" />` and the name of its content file. */
  slug: string;
  /** Fields and formulas, shared with its island. */
  spec: CalculatorSpec;
  /** Keys in content/rekenhulpen/parameters-<year>.yaml whose values and sources are listed under it. */
  parameters: { statutory: StatutoryKey[]; estimates: EstimateKey[] };
}

export const CALCULATORS = [
  {
    slug: 'werkervaringsplaats',
    spec: placementSpec,
    parameters: {
      statutory: ['reiskostenPerKm', 'minimumUurloon'],
      estimates: ['werkgeverslastenPercentage', 'kostenPerAanname'],
    },
  },
  {
    slug: 'no-riskpolis',
    spec: noRiskPolicySpec,
    parameters: {
      statutory: ['maximumDagloon', 'ziektewetPercentage', 'lkvUurbedrag', 'lkvJaarMaximum', 'lkvJaren'],
      estimates: [],
    },
  },
  {
    slug: 'verzuimkosten',
    spec: absenceCostsSpec,
    parameters: {
      statutory: [],
      estimates: ['werkgeverslastenPercentage', 'kosten2eSpoorTraject', 'kostenPerVerzuimdag'],
    },
  },
] as const satisfies readonly CalculatorEntry[];

/** The slug of a calculator in the catalogue. */
export type CalculatorSlug = (typeof CALCULATORS)[number]['slug'];

/** True for a slug of the catalogue (e.g. the `naam` an editor typed in `<Rekenhulp />`). */
export function isCalculatorSlug(slug: string): slug is CalculatorSlug {
  return CALCULATORS.some((entry) => entry.slug === slug);
}

/** The catalogue entry of a calculator. */
export function calculatorBySlug(slug: CalculatorSlug): CalculatorEntry {
  return CALCULATORS.find((entry) => entry.slug === slug)!;
}

/** Page path of a calculator. */
export function calculatorPath(slug: CalculatorSlug): string {
  return `/rekenhulpen/${slug}/`;
}
