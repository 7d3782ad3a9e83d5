// Every Dutch sentence of the poortwachter-planner: the counting rule, the labels, the messages and what the employer
// does at each milestone. Dates come in as `YYYY-MM-DD` and are written out in Dutch ("12 april 2026"), so a text
// never names a week without a year (the figure rule).
import { formatDutchDate } from '../../format/dates';
import type { IsoDate } from './dates';
import { FIRST_YEAR_EVALUATION_WEEKS, RULES_CHECKED_YEAR } from './rules';

/** A date as Dutch text, e.g. "12 april 2026". */
export function dutchDate(date: IsoDate): string {
  return formatDutchDate(new Date(`${date}T00:00:00Z`));
}

/** The sentence the page shows to explain how weeks and dates are counted. */
export const WEEK_RULE_SENTENCE =
  'Zo tellen wij de weken (stand 2026): week 1 begint op de eerste ziektedag. Week n loopt van dag 7·(n−1)+1 tot en met dag 7·n, waarbij de eerste ziektedag dag 1 is. ' +
  "'Uiterlijk in week n' betekent uiterlijk op de laatste dag van week n; 'in week n' betekent op een van de zeven dagen van week n. " +
  'De wachttijd van 104 weken (regel sinds 2004) eindigt op de laatste dag van week 104: dag 728.';

/**
 * Whose rule sets the date:
 * - `law`: a statute or ministerial regulation (Wet verbetering poortwachter, Regeling procesgang, BW, Ziektewet, Wet WIA);
 * - `uwvProcess`: something UWV does on its own schedule (its letter in week 88);
 * - `uwvAssessmentNorm`: how UWV judges the re-integration afterwards, not a statutory term;
 * - `practice`: a common practice or advice, not a fixed term.
 */
export type RuleBasis = 'law' | 'uwvProcess' | 'uwvAssessmentNorm' | 'practice';

/** Dutch labels for `RuleBasis`, for the page. */
export const RULE_BASIS_LABELS: Record<RuleBasis, string> = {
  law: 'Wettelijke termijn',
  uwvProcess: 'Vast moment van UWV',
  uwvAssessmentNorm: 'Norm die UWV bij de beoordeling gebruikt (geen wet)',
  practice: 'Gangbare werkwijze (geen vaste termijn)',
};

/** One Dutch message per wrong field of the planner's form. */
export const MESSAGES = {
  missingFirstSickDay: 'Vul de eerste ziektedag in',
  /** How the GOV.UK date messages (dateProblem in src/lib/forms/date-problem.ts) name each date of the form. */
  dateSubjects: { firstSickDay: 'Eerste ziektedag', firstYearEvaluation: 'Datum van de eerstejaarsevaluatie' },
  invalidToday: 'De datum van vandaag ontbreekt of is ongeldig',
  firstSickDayTooOld: (earliest: string) =>
    `De eerste ziektedag mag niet meer dan 3 jaar geleden zijn. Vul een datum in vanaf ${earliest}.`,
  firstSickDayTooLate: (latest: string) =>
    `De eerste ziektedag mag niet meer dan 1 jaar in de toekomst liggen. Vul een datum in tot en met ${latest}.`,
  firstYearEvaluationOutOfRange: (from: string, to: string) =>
    `De eerstejaarsevaluatie moet tussen week ${FIRST_YEAR_EVALUATION_WEEKS.earliest} en week ${FIRST_YEAR_EVALUATION_WEEKS.latest} van de ziekte liggen: van ${from} tot en met ${to}.`,
} as const;

/** Title, what to do and an optional remark of one milestone. */
export interface MilestoneText {
  title: string;
  text: string;
  note?: string;
}

/** What the employer does at each milestone; each function gets the dates its sentences name. */
export const MILESTONE_TEXTS = {
  sickReport: (): MilestoneText => ({
    title: 'Ziekmelding bij de arbodienst of bedrijfsarts',
    text: 'Meld uw werknemer ziek bij uw arbodienst of bedrijfsarts, het liefst op de eerste ziektedag. De arbodienst of bedrijfsarts neemt daarna contact op met uw werknemer.',
  }),
  problemAnalysis: (due: IsoDate): MilestoneText => ({
    title: 'Probleemanalyse door de bedrijfsarts',
    text: `Uiterlijk op ${dutchDate(due)} maakt de bedrijfsarts of arbodienst de probleemanalyse: wat kan uw werknemer nog wel en wat niet? Zorg dat uw werknemer op tijd een afspraak heeft.`,
  }),
  actionPlan: (due: IsoDate): MilestoneText => ({
    title: 'Plan van aanpak',
    text: `Maak uiterlijk op ${dutchDate(due)} samen met uw werknemer het plan van aanpak. Schrijf daarin op wat u allebei gaat doen om weer aan het werk te komen, wie de casemanager is en hoe vaak u contact hebt.`,
  }),
  evaluation: (sequence: number, due: IsoDate): MilestoneText => ({
    title: `Evaluatie plan van aanpak (${sequence})`,
    text: `Bespreek uiterlijk op ${dutchDate(due)} met uw werknemer hoe het plan van aanpak loopt en pas het aan als dat nodig is. Leg het gesprek vast in het re-integratiedossier.`,
  }),
  uwvSickReport: (lastDayOfWeek: IsoDate): MilestoneText => ({
    title: 'Ziekmelding bij UWV (42e-weeksmelding)',
    text: `Meld uw werknemer ziek bij UWV, bij voorkeur online via het werkgeversportaal. Dat kan tot en met de eerste werkdag na ${dutchDate(lastDayOfWeek)}.`,
  }),
  firstYearEvaluationWeek: (): MilestoneText => ({
    title: 'Eerstejaarsevaluatie',
    text: 'In deze week kijkt u met uw werknemer terug op het eerste ziektejaar en maakt u afspraken voor het tweede jaar. Bespreek ook of werk bij een andere werkgever (2e spoor) nodig is.',
  }),
  firstYearEvaluationDay: (date: IsoDate, week: number): MilestoneText => ({
    title: 'Eerstejaarsevaluatie',
    text: 'Op deze dag kijkt u met uw werknemer terug op het eerste ziektejaar en maakt u afspraken voor het tweede jaar. Bespreek ook of werk bij een andere werkgever (2e spoor) nodig is.',
    ...(week > 52
      ? {
          note: `De eerstejaarsevaluatie op ${dutchDate(date)} valt in week ${week}, later dan week 52. UWV verwacht haar rond week 52 (stand ${RULES_CHECKED_YEAR}).`,
        }
      : week < 46
        ? {
            note: `De eerstejaarsevaluatie op ${dutchDate(date)} valt in week ${week}, ruim voor week 52. Zorg dat u het hele eerste ziektejaar bespreekt.`,
          }
        : {}),
  }),
  secondTrackStart: (): MilestoneText => ({
    title: 'Uiterste start 2e spoor',
    text: 'Kan uw werknemer niet terug in uw eigen bedrijf? Start dan uiterlijk op deze dag met werk zoeken bij een andere werkgever (2e spoor), bijvoorbeeld via een werkervaringsplaats.',
    note: `Deze termijn staat niet in de wet. Het is de norm die UWV in zijn Werkwijzer Poortwachter gebruikt om de re-integratie achteraf te beoordelen (stand ${RULES_CHECKED_YEAR}).`,
  }),
  wiaLetter: (): MilestoneText => ({
    title: 'Brief van UWV over de WIA-aanvraag',
    text: 'In deze week krijgen u en uw werknemer een brief van UWV over de WIA-aanvraag. Begin nu met de eindevaluatie en zet de stukken van het re-integratieverslag klaar.',
  }),
  rivCopies: (due: IsoDate): MilestoneText => ({
    title: 'Eindevaluatie en kopieën van het re-integratieverslag',
    text: `Maak uiterlijk op ${dutchDate(due)} samen met uw werknemer de eindevaluatie en geef uw werknemer kopieën van alle stukken van het re-integratieverslag. Uw werknemer heeft ze nodig voor de WIA-aanvraag.`,
  }),
  wiaApplication: (due: IsoDate): MilestoneText => ({
    title: 'WIA-aanvraag door uw werknemer',
    text: `Uw werknemer vraagt de WIA-uitkering zelf aan, uiterlijk op ${dutchDate(due)}; u levert het re-integratieverslag aan. Vraagt uw werknemer te laat aan, dan moet u misschien langer loon doorbetalen.`,
  }),
  waitingPeriodEnd: (): MilestoneText => ({
    title: 'Einde wachttijd: loondoorbetaling stopt',
    text: 'Op deze dag eindigt de wachttijd en daarmee uw plicht om loon door te betalen. Dat geldt niet als UWV u een loonsanctie heeft opgelegd of als u samen met uw werknemer verlenging hebt aangevraagd.',
  }),
} as const;
