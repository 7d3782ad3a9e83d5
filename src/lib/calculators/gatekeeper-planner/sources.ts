// The official pages the planner and the dossiercheck rest on. Titles are Dutch because the pages show them; the
// year is the version a rule was checked against (for a report: the year it was published).

export interface Source {
  /** Title as shown on the page. */
  title: string;
  /** Official address: uwv.nl, rijksoverheid.nl, wetten.overheid.nl or another government site (oprijk.nl). */
  url: string;
  /** Year of the version the rule was read in ("stand 2026"), or of publication for a report or a guide. */
  year: number;
}

export const SOURCES = {
  uwvSickReport: {
    title: 'UWV: Ziek melden bij UWV (42e-weeksmelding)',
    url: 'https://www.uwv.nl/werkgevers/werknemer-is-ziek/loondoorbetaling/werknemer-is-langdurig-ziek/detail/ziek-melden-bij-uwv',
    year: 2026,
  },
  uwvWiaApplication: {
    title: 'UWV: Aanvraag WIA door mijn werknemer',
    url: 'https://www.uwv.nl/werkgevers/werknemer-is-ziek/loondoorbetaling/werknemer-is-langdurig-ziek/detail/aanvraag-wia-door-werknemer',
    year: 2026,
  },
  uwvReintegrationReport: {
    title: 'UWV: Re-integratieverslag aanleveren bij een WIA-aanvraag (Engelstalige pagina)',
    url: 'https://www.uwv.nl/en/employers/forms/submitting-a-return-to-work-report-for-a-wia-benefit-application',
    year: 2026,
  },
  uwvEmployeeSick: {
    title: 'UWV: Werknemer is ziek (eindevaluatie en ziekmelding, voor eigenrisicodragers)',
    url: 'https://www.uwv.nl/werkgevers/eigenrisicodrager/eigenrisicodrager-wga/tijdens-eigen-risico-dragen-wga/detail/werknemer-is-ziek',
    year: 2026,
  },
  uwvRivStudy: {
    title: 'UWV: Toetsing van het re-integratieverslag (onderzoek)',
    url: 'https://www.uwv.nl/nl/publicaties/kennis/2018/toetsing-van-het-re-integratieverslag-riv',
    year: 2018,
  },
  gatekeeperSchedule: {
    title: 'O&P Rijk: Poortwachter-schema, naar de Werkwijzer Poortwachter van UWV',
    url: 'https://www.oprijk.nl/advocaten-adviseurs-arbeidsrecht/kennispunt-sociale-zekerheid/poortwachter-schema',
    year: 2020,
  },
  assessmentFramework: {
    title: 'Beleidsregels beoordelingskader poortwachter (UWV)',
    url: 'https://wetten.overheid.nl/BWBR0014375/2006-11-18',
    year: 2006,
  },
  civilCode: {
    title: 'Burgerlijk Wetboek Boek 7, artikel 629 (loon tijdens ziekte)',
    url: 'https://wetten.overheid.nl/BWBR0005290/',
    year: 2026,
  },
} as const satisfies Record<string, Source>;

/** A source as a page cites it: its title with the year, e.g. "UWV: Toetsing van het re-integratieverslag (onderzoek), 2018". */
export function sourceLabel(source: Source): string {
  return `${source.title}, ${source.year}`;
}
