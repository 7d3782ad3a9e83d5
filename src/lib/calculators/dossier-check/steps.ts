// The steps of a poortwachter dossier the dossiercheck looks at: for each its Dutch name, when it is due (from the
// planner's rules), whose rule that is, what UWV looks at and where that is written, and what to do when it is missing.
// Pure data and small functions; the judgement is in check.ts.
import { addDays, type IsoDate } from '../gatekeeper-planner/dates';
import {
  ACTION_PLAN_WEEK,
  EVALUATION_INTERVAL_DAYS,
  FIRST_YEAR_EVALUATION_WEEK,
  latestSecondTrackStart,
  PROBLEM_ANALYSIS_WEEK,
  RIV_COPIES_WEEK,
  UWV_SICK_REPORT_WEEK,
  weekEnd,
  WIA_APPLICATION_WEEK,
} from '../gatekeeper-planner/rules';
import { SOURCES, type Source } from '../gatekeeper-planner/sources';
import type { RuleBasis } from '../gatekeeper-planner/texts';

/** The steps, in the order of the law. */
export const DOSSIER_STEP_IDS = [
  'problemAnalysis',
  'actionPlan',
  'evaluations',
  'uwvSickReport',
  'occupationalAssessment',
  'firstYearEvaluation',
  'secondTrackStart',
  'actionPlanUpdate',
  'employeeView',
  'finalEvaluation',
] as const;

export type DossierStepId = (typeof DOSSIER_STEP_IDS)[number];

/** What the check knows when it works out a step's due date. */
export interface DueContext {
  firstSickDay: IsoDate;
  /** The actual eerstejaarsevaluatie, when it took place. */
  firstYearEvaluation?: IsoDate | undefined;
}

export interface DossierStepDefinition {
  id: DossierStepId;
  /** Query parameter of the step (Dutch: people see it in the address). */
  param: string;
  /** Dutch title. */
  title: string;
  /** Dutch label of the date field, e.g. "Datum van de probleemanalyse". */
  dateLabel: string;
  /** The day the step must be done by. */
  due: (context: DueContext) => IsoDate;
  /** Whose rule sets the due date. */
  ruleBasis: RuleBasis;
  /** What UWV looks at for this step, in one or two plain sentences, each figure with its year. */
  uwvLooksAt: string;
  /** What to do this week when the step is missing. */
  whenMissing: string;
  /** Where the rule and what UWV looks at are written, each with its year. */
  sources: Source[];
}

/** The eerstejaarsevaluatie as it took place, or the end of week 52 when it has not. */
const firstYearEvaluationDay = ({ firstSickDay, firstYearEvaluation }: DueContext) =>
  firstYearEvaluation ?? weekEnd(firstSickDay, FIRST_YEAR_EVALUATION_WEEK);

export const DOSSIER_STEPS: readonly DossierStepDefinition[] = [
  {
    id: 'problemAnalysis',
    param: 'probleemanalyse',
    title: 'Probleemanalyse',
    dateLabel: 'Datum van de probleemanalyse',
    due: ({ firstSickDay }) => weekEnd(firstSickDay, PROBLEM_ANALYSIS_WEEK),
    ruleBasis: 'law',
    uwvLooksAt:
      'UWV kijkt of de bedrijfsarts de probleemanalyse op tijd maakte en of die met latere bijstellingen in het re-integratieverslag zit (stand 2026).',
    whenMissing:
      'Vraag de bedrijfsarts deze week om de probleemanalyse en leg in het dossier vast waarom die er nog niet is.',
    sources: [SOURCES.assessmentFramework, SOURCES.uwvReintegrationReport],
  },
  {
    id: 'actionPlan',
    param: 'plan-van-aanpak',
    title: 'Plan van aanpak',
    dateLabel: 'Datum van het plan van aanpak',
    due: ({ firstSickDay }) => weekEnd(firstSickDay, ACTION_PLAN_WEEK),
    ruleBasis: 'law',
    uwvLooksAt:
      'UWV kijkt of u en uw werknemer het plan van aanpak samen op tijd maakten en of het plan met de bijstellingen in het re-integratieverslag zit (stand 2026).',
    whenMissing: 'Maak deze week samen met uw werknemer het plan van aanpak en laat u het allebei ondertekenen.',
    sources: [SOURCES.assessmentFramework, SOURCES.uwvReintegrationReport],
  },
  {
    id: 'evaluations',
    param: 'evaluaties',
    title: 'Evaluaties van het plan van aanpak',
    dateLabel: 'Datum van de laatste evaluatie',
    // The first evaluation is due six weeks after the plan van aanpak; after that, six weeks after the last one.
    due: ({ firstSickDay }) => addDays(weekEnd(firstSickDay, ACTION_PLAN_WEEK), EVALUATION_INTERVAL_DAYS),
    ruleBasis: 'practice',
    uwvLooksAt:
      'UWV kijkt of u het plan van aanpak geregeld met uw werknemer besprak en bijstelde, en of die gesprekken in het re-integratieverslag staan. Gangbaar is een gesprek elke zes weken (stand 2026).',
    whenMissing: 'Plan deze week een evaluatiegesprek met uw werknemer en leg het vast in het dossier.',
    sources: [SOURCES.assessmentFramework, SOURCES.uwvReintegrationReport],
  },
  {
    id: 'uwvSickReport',
    param: 'ziekmelding-uwv',
    title: 'Ziekmelding bij UWV (42e-weeksmelding)',
    dateLabel: 'Datum van de ziekmelding bij UWV',
    due: ({ firstSickDay }) => weekEnd(firstSickDay, UWV_SICK_REPORT_WEEK),
    ruleBasis: 'law',
    uwvLooksAt: 'UWV kijkt of u uw werknemer op tijd ziek meldde: uiterlijk in week 42 van de ziekte (stand 2026).',
    whenMissing: 'Meld uw werknemer deze week nog ziek bij UWV, via het werkgeversportaal.',
    sources: [SOURCES.uwvSickReport],
  },
  {
    id: 'occupationalAssessment',
    param: 'arbeidsdeskundig-onderzoek',
    title: 'Arbeidsdeskundig onderzoek',
    dateLabel: 'Datum van het arbeidsdeskundig onderzoek',
    due: firstYearEvaluationDay,
    ruleBasis: 'practice',
    uwvLooksAt:
      'Het is geen wettelijke plicht, maar UWV weegt mee of een arbeidsdeskundige onderzocht of eigen of ander werk bij u nog kan, meestal rond de eerstejaarsevaluatie. De Werkwijzer Poortwachter (2020) verwacht dat u per functie laat zien waarom die niet passend is.',
    whenMissing: 'Vraag deze week een arbeidsdeskundig onderzoek aan, bij uw arbodienst of bij een arbeidsdeskundige.',
    sources: [SOURCES.gatekeeperSchedule],
  },
  {
    id: 'firstYearEvaluation',
    param: 'eerstejaarsevaluatie',
    title: 'Eerstejaarsevaluatie',
    dateLabel: 'Datum van de eerstejaarsevaluatie',
    due: ({ firstSickDay }) => weekEnd(firstSickDay, FIRST_YEAR_EVALUATION_WEEK),
    ruleBasis: 'law',
    uwvLooksAt:
      'UWV kijkt of u na het eerste ziektejaar met uw werknemer terugkeek en afspraken maakte voor het tweede jaar, ook over het 2e spoor. De eerstejaarsevaluatie hoort in het re-integratieverslag (stand 2026).',
    whenMissing: 'Plan deze week de eerstejaarsevaluatie met uw werknemer en bespreek daarin ook het 2e spoor.',
    sources: [SOURCES.uwvReintegrationReport, SOURCES.gatekeeperSchedule],
  },
  {
    id: 'secondTrackStart',
    param: 'start-2e-spoor',
    title: 'Start van het 2e spoor',
    dateLabel: 'Datum waarop het 2e spoor begon',
    due: ({ firstSickDay, firstYearEvaluation }) => latestSecondTrackStart(firstSickDay, firstYearEvaluation),
    ruleBasis: 'uwvAssessmentNorm',
    uwvLooksAt:
      'Is terugkeer bij u niet realistisch, dan verwacht UWV een 2e spoor uiterlijk zes weken na de eerstejaarsevaluatie, tenzij terugkeer binnen drie maanden concreet in zicht is (Werkwijzer Poortwachter 2020). In het onderzoek van UWV uit 2018 was bij 85 procent van de loonsancties de re-integratie niet, te laat of verkeerd ingezet.',
    whenMissing:
      'Start deze week met het 2e spoor, of leg in het dossier vast waarom terugkeer bij u binnen drie maanden concreet in zicht is.',
    sources: [SOURCES.gatekeeperSchedule, SOURCES.uwvRivStudy],
  },
  {
    id: 'actionPlanUpdate',
    param: 'bijstelling-plan',
    title: 'Bijstelling van het plan van aanpak',
    dateLabel: 'Datum van de laatste bijstelling',
    due: ({ firstSickDay, firstYearEvaluation }) => latestSecondTrackStart(firstSickDay, firstYearEvaluation),
    ruleBasis: 'practice',
    uwvLooksAt:
      'UWV leest in het re-integratieverslag het plan van aanpak met de bijstellingen. Wat u na de eerstejaarsevaluatie afsprak, zoals het 2e spoor, hoort daarin te staan (stand 2026).',
    whenMissing:
      'Stel deze week het plan van aanpak bij met wat u nu doet, ook het 2e spoor, en laat het ondertekenen.',
    sources: [SOURCES.uwvReintegrationReport],
  },
  {
    id: 'employeeView',
    param: 'mening-werknemer',
    title: 'Mening van uw werknemer',
    dateLabel: 'Datum van de mening van uw werknemer',
    due: ({ firstSickDay }) => weekEnd(firstSickDay, WIA_APPLICATION_WEEK),
    ruleBasis: 'uwvProcess',
    uwvLooksAt:
      'Het re-integratieverslag bevat ook de mening van uw werknemer over de re-integratie. Het verslag hoort klaar te zijn voor de WIA-aanvraag, uiterlijk in week 93 (stand 2026).',
    whenMissing: 'Vraag uw werknemer deze week om zijn mening over de re-integratie op papier te zetten.',
    sources: [SOURCES.uwvReintegrationReport, SOURCES.uwvWiaApplication],
  },
  {
    id: 'finalEvaluation',
    param: 'eindevaluatie',
    title: 'Eindevaluatie en re-integratieverslag',
    dateLabel: 'Datum van de eindevaluatie',
    due: ({ firstSickDay }) => weekEnd(firstSickDay, RIV_COPIES_WEEK),
    ruleBasis: 'uwvProcess',
    uwvLooksAt:
      'U maakt de eindevaluatie samen met uw werknemer en geeft hem uiterlijk in week 91 kopieën van het re-integratieverslag (stand 2026). UWV bevestigt binnen twee weken welke stukken het kreeg en vraagt wat ontbreekt.',
    whenMissing:
      'Maak deze week de eindevaluatie met uw werknemer en geef hem kopieën van alle stukken van het re-integratieverslag.',
    sources: [SOURCES.uwvWiaApplication, SOURCES.uwvEmployeeSick, SOURCES.uwvReintegrationReport],
  },
];
