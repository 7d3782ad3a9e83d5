// Every tool on /rekenhulpen/ in one place. Calculators are driven by a spec (fields and formulas) and share one
// generic island, one page and one result route; a page tool (the poortwachter-planner, the dossiercheck) has routes of
// its own. The page
// text of every tool (title, introduction, call to action, explanation) is in content/rekenhulpen/<slug>.mdx; the list
// of tools, the calls to action and (for calculators) the routes and the article embed read both.
import type { EstimateKey, StatutoryKey } from './parameter-registry';
import { absenceCostsAssumptions, noRiskPolicyAssumptions, placementAssumptions } from './assumptions';
import { withTexts, type CalculatorExample, type CalculatorSpec } from './calculator-view';
import type { YearParameters } from './year-parameters';
import { absenceCostsExample, absenceCostsSpec, absenceCostsTexts } from './specs/absence-costs';
import { noRiskPolicyExample, noRiskPolicySpec, noRiskPolicyTexts } from './specs/no-risk-policy';
import { placementExample, placementSpec, placementTexts } from './specs/placement';

/** One calculator. */
export interface CalculatorEntry {
  /** Address /rekenhulpen/<slug>/, the name in `<Rekenhulp naam="…" />` and the name of its content file. */
  slug: string;
  /**
   * Fields with their texts, and the formulas: the spec file's definition joined with its texts. The island imports
   * the definition and gets the texts from the server (see FormTexts).
   */
  spec: CalculatorSpec;
  /** Its one worked example, from the spec's file: every test suite runs it. */
  example: CalculatorExample;
  /** Keys in content/rekenhulpen/parameters/<year>.yaml whose values and sources are listed under it. */
  parameters: { statutory: StatutoryKey[]; estimates: EstimateKey[] };
  /** The assumptions behind every result, shown under the calculator by the server (not part of the island). */
  assumptions: (p: YearParameters) => string[];
  /** Pointers to related tools, shown under the calculator by the server. */
  links: { text: string; href: string }[];
}

export const CALCULATORS = [
  {
    slug: 'werkervaringsplaats',
    spec: withTexts(placementSpec, placementTexts),
    example: placementExample,
    parameters: {
      statutory: ['reiskostenPerKm', 'minimumUurloon'],
      estimates: ['werkgeverslastenPercentage', 'kostenPerAanname'],
    },
    assumptions: placementAssumptions,
    links: [
      {
        text: 'Reken uit wat u met de no-riskpolis en het loonkostenvoordeel kunt terugkrijgen',
        href: '/rekenhulpen/no-riskpolis/',
      },
    ],
  },
  {
    slug: 'no-riskpolis',
    spec: withTexts(noRiskPolicySpec, noRiskPolicyTexts),
    example: noRiskPolicyExample,
    parameters: {
      statutory: ['maximumDagloon', 'ziektewetPercentage', 'lkvUurbedrag', 'lkvJaarMaximum', 'lkvJaren'],
      estimates: [],
    },
    assumptions: noRiskPolicyAssumptions,
    links: [],
  },
  {
    slug: 'verzuimkosten',
    spec: withTexts(absenceCostsSpec, absenceCostsTexts),
    example: absenceCostsExample,
    parameters: {
      statutory: ['minimumUurloon'],
      estimates: [
        'werkgeverslastenPercentage',
        'kosten2eSpoorTraject',
        'aandeelLoonsancties',
        'aandeelSanctiesLateReintegratie',
        'kostenPerVerzuimdag',
      ],
    },
    assumptions: absenceCostsAssumptions,
    links: [
      {
        text: 'Zet de stappen van de Wet verbetering poortwachter op datum met de poortwachter-planner',
        href: '/rekenhulpen/poortwachter-planner/',
      },
      {
        text: 'Kijk met de dossiercheck of de stappen in uw re-integratiedossier op tijd zijn gezet',
        href: '/rekenhulpen/dossiercheck/',
      },
    ],
  },
] as const satisfies readonly CalculatorEntry[];

/** The slug of a calculator in the catalogue. */
export type CalculatorSlug = (typeof CALCULATORS)[number]['slug'];

/** True for a slug of the catalogue (e.g. the `naam` an editor typed in `<Rekenhulp />`). */
export function isCalculatorSlug(slug: string): slug is CalculatorSlug {
  return CALCULATORS.some((entry) => entry.slug === slug);
}

/** A tool with pages of its own under src/pages/rekenhulpen/<slug>/ instead of a spec-driven island. */
export interface PageToolEntry {
  /** Address /rekenhulpen/<slug>/ and the name of its content file. */
  slug: string;
}

export const PAGE_TOOLS = [
  { slug: 'poortwachter-planner' },
  { slug: 'dossiercheck' },
] as const satisfies readonly PageToolEntry[];

/** The slug of any tool on /rekenhulpen/. */
export type ToolSlug = CalculatorSlug | (typeof PAGE_TOOLS)[number]['slug'];

/** Every tool's slug: the calculators first, then the page tools (the listing sorts them by `volgorde`). */
export const TOOL_SLUGS: readonly ToolSlug[] = [
  ...CALCULATORS.map((entry) => entry.slug),
  ...PAGE_TOOLS.map((entry) => entry.slug),
];

/** The catalogue entry of a calculator. */
export function calculatorBySlug(slug: CalculatorSlug): CalculatorEntry {
  return CALCULATORS.find((entry) => entry.slug === slug)!;
}

/** Page path of a tool (static, the form without a result). */
export function calculatorPath(slug: ToolSlug): string {
  return `/rekenhulpen/${slug}/`;
}

/** Path of a tool's result page: its form submits here with GET and the server renders the result (noindex). */
export function resultPath(slug: ToolSlug): string {
  return `/rekenhulpen/${slug}/uitkomst/`;
}
