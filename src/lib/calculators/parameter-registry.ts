// Every calculator parameter in one list: its code name, its key in content/rekenhulpen/parameters/<year>.yaml, what
// kind of figure it is, its unit, the label the site and the editor show, and a one-line description. The parameter
// schema (src/schemas/calculator-parameters.ts), the labels (parameter-labels.ts), the plain numbers the islands get
// (year-parameters.ts) and the editor's fields (src/cms/calculator-parameters.ts) are all made from this list, so a
// new parameter is one line here plus its value in each yearly file.

/**
 * - `statutory`: one amount fixed by law or the government, with the date it applies from and its source;
 * - `statutoryPeriods`: such an amount that changes within the year (periods from 1 January, e.g. 1 July), where a
 *   period not yet published is marked `nogNietBekend`;
 * - `estimate`: a figure from a study or a vendor, with the year it was measured in; the site calls it an estimate.
 */
export type ParameterKind = 'statutory' | 'statutoryPeriods' | 'estimate';

/** How a value is written on the page: "€ 14,71", "70%", "3 jaar". */
export type ParameterUnit = 'euro' | 'percent' | 'years';

export interface ParameterDefinition {
  /** Code name in YearParameters (English). */
  key: string;
  /** Key in the yearly file, under `wettelijk` (statutory kinds) or `schattingen` (estimates); Dutch, editors see it. */
  dutchKey: string;
  kind: ParameterKind;
  unit: ParameterUnit;
  /** Dutch label on the site and in the editor. */
  label: string;
  /** What the value is, in one line (English, for developers; the schema's field comment). */
  description: string;
}

export const PARAMETERS = [
  {
    key: 'minimumHourlyWage',
    dutchKey: 'minimumUurloon',
    kind: 'statutoryPeriods',
    unit: 'euro',
    label: 'Wettelijk minimumuurloon (21 jaar en ouder)',
    description: 'Statutory minimum hourly wage (21 and older), in euros, per period (1 January and 1 July).',
  },
  {
    key: 'maximumDailyWage',
    dutchKey: 'maximumDagloon',
    kind: 'statutory',
    unit: 'euro',
    label: 'Maximumdagloon',
    description: 'Maximum dagloon for Ziektewet benefits, in euros per day.',
  },
  {
    key: 'sicknessBenefitPercent',
    dutchKey: 'ziektewetPercentage',
    kind: 'statutory',
    unit: 'percent',
    label: 'Ziektewet-uitkering, minimaal percentage van het dagloon',
    description: 'Minimum Ziektewet benefit as a percentage of the dagloon (70).',
  },
  {
    key: 'lkvPerHour',
    dutchKey: 'lkvUurbedrag',
    kind: 'statutory',
    unit: 'euro',
    label: 'Loonkostenvoordeel arbeidsgehandicapte werknemer, per verloond uur',
    description: 'LKV arbeidsgehandicapte werknemer: euros per paid hour.',
  },
  {
    key: 'lkvYearlyMaximum',
    dutchKey: 'lkvJaarMaximum',
    kind: 'statutory',
    unit: 'euro',
    label: 'Loonkostenvoordeel arbeidsgehandicapte werknemer, maximum per jaar',
    description: 'LKV arbeidsgehandicapte werknemer: maximum in euros per year.',
  },
  {
    key: 'lkvYears',
    dutchKey: 'lkvJaren',
    kind: 'statutory',
    unit: 'years',
    label: 'Loonkostenvoordeel arbeidsgehandicapte werknemer, aantal jaren',
    description: 'LKV arbeidsgehandicapte werknemer: maximum number of years.',
  },
  {
    key: 'travelAllowancePerKm',
    dutchKey: 'reiskostenPerKm',
    kind: 'statutory',
    unit: 'euro',
    label: 'Onbelaste reiskostenvergoeding per kilometer',
    description: 'Tax-free travel allowance for own transport, in euros per km.',
  },
  {
    key: 'employerChargesPercent',
    dutchKey: 'werkgeverslastenPercentage',
    kind: 'estimate',
    unit: 'percent',
    label: 'Werkgeverslasten bovenop het loon',
    description: 'Employer charges on top of gross salary, as a percentage.',
  },
  {
    key: 'recruitmentCost',
    dutchKey: 'kostenPerAanname',
    kind: 'estimate',
    unit: 'euro',
    label: 'Wervingskosten per nieuwe medewerker',
    description: 'Cost of recruiting one new employee, in euros.',
  },
  {
    key: 'absenceDayCost',
    dutchKey: 'kostenPerVerzuimdag',
    kind: 'estimate',
    unit: 'euro',
    label: 'Totale kosten van één verzuimdag',
    description: 'Total cost of one sick day (wage, replacement, lost output), in euros.',
  },
  {
    key: 'secondTrackCost',
    dutchKey: 'kosten2eSpoorTraject',
    kind: 'estimate',
    unit: 'euro',
    label: 'Prijs van een 2e-spoortraject',
    description: 'Price of a 2e spoor trajectory, in euros.',
  },
  {
    key: 'sanctionShare',
    dutchKey: 'aandeelLoonsancties',
    kind: 'estimate',
    unit: 'percent',
    label: 'Toetsingen van het re-integratieverslag met een loonsanctie',
    description: "Share of UWV's checks of the re-integratieverslag that ended in a loonsanctie, as a percentage.",
  },
  {
    key: 'lateReintegrationShare',
    dutchKey: 'aandeelSanctiesLateReintegratie',
    kind: 'estimate',
    unit: 'percent',
    label: 'Loonsancties waarbij de re-integratie niet, te laat of verkeerd was ingezet',
    description:
      'Share of those loonsancties whose reason was re-integration not started, started late or done wrongly.',
  },
] as const satisfies readonly ParameterDefinition[];

/** One parameter of the list. */
export type Parameter = (typeof PARAMETERS)[number];
/** A parameter fixed by law or the government (one amount, or periods within the year). */
export type StatutoryParameter = Extract<Parameter, { kind: 'statutory' | 'statutoryPeriods' }>;
/** A parameter that is an estimate. */
export type EstimateParameter = Extract<Parameter, { kind: 'estimate' }>;
/** Key of a statutory parameter in the yearly file (under `wettelijk`). */
export type StatutoryKey = StatutoryParameter['dutchKey'];
/** Key of an estimate in the yearly file (under `schattingen`). */
export type EstimateKey = EstimateParameter['dutchKey'];

// Marked pure, so an island that imports a module beside this one does not carry the list.
/** The statutory parameters, in file order. */
export const STATUTORY_PARAMETERS = /* @__PURE__ */ PARAMETERS.filter(
  (parameter): parameter is StatutoryParameter => parameter.kind !== 'estimate',
);
/** The estimates, in file order. */
export const ESTIMATE_PARAMETERS = /* @__PURE__ */ PARAMETERS.filter(
  (parameter): parameter is EstimateParameter => parameter.kind === 'estimate',
);
