// Gatekeeper planner (the page /rekenhulpen/poortwachter-planner/): turns the first day of sickness into the dated
// milestones of the Wet verbetering poortwachter, with what the employer must do at each one. Pure TypeScript: no DOM,
// no environment, no I/O. It runs on the server only (the page needs no JavaScript).
//
// Week arithmetic (also exported in Dutch as WEEK_RULE_SENTENCE for the page):
// - The first sick day is day 1 and the first day of week 1. Day d falls on firstSickDay + (d − 1) days.
// - Week n runs from day 7·(n−1)+1 up to and including day 7·n, so it starts on firstSickDay + 7·(n−1) days
//   and ends on firstSickDay + 7·n − 1 days. Weeks follow the sickness, not the calendar week (Monday–Sunday).
// - "At the latest in week n" (uiterlijk in week n) is a deadline on the last day of week n.
// - "In week n" is a window of the seven days of week n.
// - The waiting period (wachttijd) of 104 weeks ends on the last day of week 104: day 728, which is
//   727 days after the first sick day. Continued pay (loondoorbetaling) stops after that day.
// - Six-weekly evaluations follow the plan van aanpak deadline (end of week 8) every 42 days: the ends of
//   weeks 14, 20, …, 98. The next one would fall on the last day of week 104, the end of the waiting period
//   itself, so the series stops at week 98.
// - The latest start of the 2e spoor is 42 days after the eerstejaarsevaluatie: after its actual date when
//   given, otherwise after the end of week 52 (the end of week 58).
//
// All dates are ISO calendar dates (YYYY-MM-DD) handled as whole day numbers (days since 1970-01-01) with
// the proleptic Gregorian calendar, so there is no clock time, no time zone and no daylight-saving shift,
// and leap days count like any other day.
//
// Order of the list: by due date (the day a milestone must be done by: the day itself, the deadline or the
// last day of the window), then by a fixed rank (the order of the law), then by evaluation number. Without
// an actual eerstejaarsevaluatie date every due date (and every first day) is strictly later than the one
// before. An actual eerstejaarsevaluatie date can fall on the same day as a six-weekly evaluation (then the
// 2e spoor date falls on the next one); such milestones share a date and keep the fixed rank order.
//
// zod/mini: the same zod 4 as astro/zod but tree-shakable, so a browser island carries only the checks used.
import * as z from 'zod/mini';
import { formatDutchDate } from '../format/dates';

// zod probes `new Function` to speed up object parsing; the site's Content-Security-Policy forbids eval.
z.config({ jitless: true });

/** A calendar date written as `YYYY-MM-DD`. */
export type IsoDate = string;

/** The year the rules and texts of the planner were last checked against the sources ("stand 2026"). */
export const RULES_CHECKED_YEAR = 2026;

/** The sentence the page shows to explain how weeks and dates are counted. */
export const WEEK_RULE_SENTENCE =
  'Zo tellen wij de weken (stand 2026): week 1 begint op de eerste ziektedag. Week n loopt van dag 7·(n−1)+1 tot en met dag 7·n, waarbij de eerste ziektedag dag 1 is. ' +
  "'Uiterlijk in week n' betekent uiterlijk op de laatste dag van week n; 'in week n' betekent op een van de zeven dagen van week n. " +
  'De wachttijd van 104 weken (regel sinds 2004) eindigt op de laatste dag van week 104: dag 728.';

/** Weeks in the waiting period of continued pay (art. 7:629 BW, art. 23 Wet WIA). */
export const WAITING_PERIOD_WEEKS = 104;
/** Days from the first sick day to the last day of the waiting period (day 728). */
export const WAITING_PERIOD_LAST_DAY_OFFSET = 7 * WAITING_PERIOD_WEEKS - 1;
/** Days between two evaluations of the plan van aanpak. */
export const EVALUATION_INTERVAL_DAYS = 42;
/** Days after the eerstejaarsevaluatie by which UWV expects a 2e spoor to have started. */
export const SECOND_TRACK_DAYS_AFTER_EVALUATION = 42;
/** Weeks between which an actual eerstejaarsevaluatie date is accepted (inclusive). */
export const FIRST_YEAR_EVALUATION_WEEKS = { earliest: 26, latest: 80 } as const;
/** How far the first sick day may lie from today: the waiting period plus a full wage sanction fits in 3 years. */
export const FIRST_SICK_DAY_BOUNDS = { yearsBack: 3, yearsAhead: 1 } as const;

// ---------------------------------------------------------------------------------------------------------
// Calendar dates as day numbers

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True when `text` is a real calendar date written as `YYYY-MM-DD` (year 1000–9999). */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return year >= 1000 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function parts(date: IsoDate): [number, number, number] {
  const match = ISO_DATE.exec(date);
  if (!match || !isIsoDate(date)) throw new RangeError(`Not an ISO calendar date: ${date}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** Days since 1970-01-01 (H. Hinnant's days_from_civil, exact for the proleptic Gregorian calendar). */
export function toDayNumber(date: IsoDate): number {
  const [year, month, day] = parts(date);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The ISO date of a day number (inverse of `toDayNumber`). */
export function fromDayNumber(dayNumber: number): IsoDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** `date` plus `days` calendar days (negative to go back). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** The same day `years` years later (or earlier); 29 February becomes 28 February in a common year. */
export function addYears(date: IsoDate, years: number): IsoDate {
  const [year, month, day] = parts(date);
  const target = year + years;
  const clamped = Math.min(day, daysInMonth(target, month));
  return `${String(target).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(clamped).padStart(2, '0')}`;
}

/** First day of sickness week `week` (week 1 starts on the first sick day). */
export function weekStart(firstSickDay: IsoDate, week: number): IsoDate {
  return addDays(firstSickDay, 7 * (week - 1));
}

/** Last day of sickness week `week`. */
export function weekEnd(firstSickDay: IsoDate, week: number): IsoDate {
  return addDays(firstSickDay, 7 * week - 1);
}

/** The sickness week `date` falls in, or null before the first sick day. */
export function weekOfDate(firstSickDay: IsoDate, date: IsoDate): number | null {
  const offset = daysBetween(firstSickDay, date);
  return offset < 0 ? null : Math.floor(offset / 7) + 1;
}

// ---------------------------------------------------------------------------------------------------------
// Sources (official pages; titles in Dutch because the page shows them)

export interface Source {
  /** Title as shown on the page. */
  title: string;
  /** Official address: uwv.nl, rijksoverheid.nl or wetten.overheid.nl. */
  url: string;
}

export const SOURCES = {
  uwvSickReport: {
    title: 'UWV: Ziek melden bij UWV (42e-weeksmelding)',
    url: 'https://www.uwv.nl/werkgevers/werknemer-is-ziek/loondoorbetaling/werknemer-is-langdurig-ziek/detail/ziek-melden-bij-uwv',
  },
  uwvWiaApplication: {
    title: 'UWV: Aanvraag WIA door mijn werknemer',
    url: 'https://www.uwv.nl/werkgevers/werknemer-is-ziek/loondoorbetaling/werknemer-is-langdurig-ziek/detail/aanvraag-wia-door-werknemer',
  },
  assessmentFramework: {
    title: 'Beleidsregels beoordelingskader poortwachter (UWV)',
    url: 'https://wetten.overheid.nl/BWBR0014375/2006-11-18',
  },
  civilCode: {
    title: 'Burgerlijk Wetboek Boek 7, artikel 629 (loon tijdens ziekte)',
    url: 'https://wetten.overheid.nl/BWBR0005290/',
  },
} as const satisfies Record<string, Source>;

// ---------------------------------------------------------------------------------------------------------
// Milestones

/** What kind of milestone this is; evaluations share one type and differ by number. */
export type MilestoneType =
  | 'sickReport'
  | 'problemAnalysis'
  | 'actionPlan'
  | 'evaluation'
  | 'uwvSickReport'
  | 'firstYearEvaluation'
  | 'secondTrackStart'
  | 'wiaLetter'
  | 'wiaApplication'
  | 'waitingPeriodEnd';

/** Fixed order of the law, used when two milestones fall on the same day. */
const RANK: Record<MilestoneType, number> = {
  sickReport: 0,
  problemAnalysis: 1,
  actionPlan: 2,
  evaluation: 3,
  uwvSickReport: 4,
  firstYearEvaluation: 5,
  secondTrackStart: 6,
  wiaLetter: 7,
  wiaApplication: 8,
  waitingPeriodEnd: 9,
};

/**
 * When a milestone happens:
 * - `day`: on this day;
 * - `deadline`: at the latest on this day ("uiterlijk in week n": the last day of week n);
 * - `window`: on one of the days from `start` to `end` inclusive ("in week n": seven days).
 */
export type Timing =
  | { kind: 'day'; date: IsoDate }
  | { kind: 'deadline'; date: IsoDate }
  | { kind: 'window'; start: IsoDate; end: IsoDate };

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

/** Relative to today: done (`past`), due now (`current`) or later (`upcoming`). */
export type MilestoneStatus = 'past' | 'current' | 'upcoming';

export interface Milestone {
  /** Stable English id, unique in a plan: `problemAnalysis`, `evaluation3`, … */
  id: string;
  type: MilestoneType;
  /** Evaluation number (1, 2, …) for `evaluation`; absent otherwise. */
  sequence?: number;
  /** Sickness week the milestone belongs to. */
  week: number;
  timing: Timing;
  /** First day the milestone is due now: the day itself, the first day of the deadline's week, or the window start. */
  start: IsoDate;
  /** Last day: the day itself, the deadline, or the window end. The list is sorted on this date. */
  due: IsoDate;
  /** Dutch title. */
  title: string;
  /** What the employer must do, in one or two plain Dutch sentences ("u"). */
  text: string;
  /** Extra Dutch remark, e.g. when the actual eerstejaarsevaluatie is later than week 52. */
  note?: string;
  ruleBasis: RuleBasis;
  source: Source;
  /** Relative to today: `past` when due < today, `current` when start ≤ today ≤ due, else `upcoming`. */
  status: MilestoneStatus;
}

type Draft = Omit<Milestone, 'status' | 'start' | 'due'>;

function timingBounds(timing: Timing, firstSickDay: IsoDate, week: number): { start: IsoDate; due: IsoDate } {
  switch (timing.kind) {
    case 'day':
      return { start: timing.date, due: timing.date };
    case 'deadline':
      return { start: weekStart(firstSickDay, week), due: timing.date };
    case 'window':
      return { start: timing.start, due: timing.end };
  }
}

/** A date as Dutch text, e.g. "12 april 2026". */
function dutch(date: IsoDate): string {
  return formatDutchDate(new Date(`${date}T00:00:00Z`));
}

function deadlineInWeek(firstSickDay: IsoDate, week: number): Timing {
  return { kind: 'deadline', date: weekEnd(firstSickDay, week) };
}

function windowOfWeek(firstSickDay: IsoDate, week: number): Timing {
  return { kind: 'window', start: weekStart(firstSickDay, week), end: weekEnd(firstSickDay, week) };
}

function statusOn(today: IsoDate, start: IsoDate, due: IsoDate): MilestoneStatus {
  if (due < today) return 'past';
  return start <= today ? 'current' : 'upcoming';
}

export interface MilestoneOptions {
  /** Actual date of the eerstejaarsevaluatie; without it, week 52 is planned. */
  firstYearEvaluation?: IsoDate;
  /** List the ziekmelding at the arbodienst or bedrijfsarts on day 1 (default true). */
  includeSickReport?: boolean;
}

/**
 * All milestones for a first sick day, in list order, with their status relative to `today`.
 * Expects valid `YYYY-MM-DD` dates (throws a RangeError otherwise); `planGatekeeperSteps` validates first.
 */
export function buildMilestones(firstSickDay: IsoDate, today: IsoDate, options: MilestoneOptions = {}): Milestone[] {
  const drafts: Draft[] = [];
  const { firstYearEvaluation, includeSickReport = true } = options;

  if (includeSickReport) {
    drafts.push({
      id: 'sickReport',
      type: 'sickReport',
      week: 1,
      timing: { kind: 'day', date: firstSickDay },
      title: 'Ziekmelding bij de arbodienst of bedrijfsarts',
      text: 'Meld uw werknemer ziek bij uw arbodienst of bedrijfsarts, het liefst op de eerste ziektedag. De arbodienst of bedrijfsarts neemt daarna contact op met uw werknemer.',
      ruleBasis: 'practice',
      source: SOURCES.assessmentFramework,
    });
  }

  drafts.push({
    id: 'problemAnalysis',
    type: 'problemAnalysis',
    week: 6,
    timing: deadlineInWeek(firstSickDay, 6),
    title: 'Probleemanalyse door de bedrijfsarts',
    text: `Uiterlijk op ${dutch(weekEnd(firstSickDay, 6))} maakt de bedrijfsarts of arbodienst de probleemanalyse: wat kan uw werknemer nog wel en wat niet? Zorg dat uw werknemer op tijd een afspraak heeft.`,
    ruleBasis: 'law',
    source: SOURCES.assessmentFramework,
  });

  drafts.push({
    id: 'actionPlan',
    type: 'actionPlan',
    week: 8,
    timing: deadlineInWeek(firstSickDay, 8),
    title: 'Plan van aanpak',
    text: `Maak uiterlijk op ${dutch(weekEnd(firstSickDay, 8))} samen met uw werknemer het plan van aanpak. Schrijf daarin op wat u allebei gaat doen om weer aan het werk te komen, wie de casemanager is en hoe vaak u contact hebt.`,
    ruleBasis: 'law',
    source: SOURCES.assessmentFramework,
  });

  const lastDay = addDays(firstSickDay, WAITING_PERIOD_LAST_DAY_OFFSET);
  const actionPlanDue = weekEnd(firstSickDay, 8);
  for (let sequence = 1; ; sequence++) {
    const date = addDays(actionPlanDue, EVALUATION_INTERVAL_DAYS * sequence);
    if (date >= lastDay) break;
    drafts.push({
      id: `evaluation${sequence}`,
      type: 'evaluation',
      sequence,
      week: 8 + 6 * sequence,
      timing: { kind: 'deadline', date },
      title: `Evaluatie plan van aanpak (${sequence})`,
      text: `Bespreek uiterlijk op ${dutch(date)} met uw werknemer hoe het plan van aanpak loopt en pas het aan als dat nodig is. Leg het gesprek vast in het re-integratiedossier.`,
      ruleBasis: 'practice',
      source: SOURCES.assessmentFramework,
    });
  }

  drafts.push({
    id: 'uwvSickReport',
    type: 'uwvSickReport',
    week: 42,
    timing: windowOfWeek(firstSickDay, 42),
    title: 'Ziekmelding bij UWV (42e-weeksmelding)',
    text: `Meld uw werknemer ziek bij UWV, bij voorkeur online via het werkgeversportaal. Dat kan tot en met de eerste werkdag na ${dutch(weekEnd(firstSickDay, 42))}.`,
    ruleBasis: 'law',
    source: SOURCES.uwvSickReport,
  });

  let secondTrackFrom: IsoDate;
  if (firstYearEvaluation === undefined) {
    drafts.push({
      id: 'firstYearEvaluation',
      type: 'firstYearEvaluation',
      week: 52,
      timing: windowOfWeek(firstSickDay, 52),
      title: 'Eerstejaarsevaluatie',
      text: 'In deze week kijkt u met uw werknemer terug op het eerste ziektejaar en maakt u afspraken voor het tweede jaar. Bespreek ook of werk bij een andere werkgever (2e spoor) nodig is.',
      ruleBasis: 'law',
      source: SOURCES.assessmentFramework,
    });
    secondTrackFrom = weekEnd(firstSickDay, 52);
  } else {
    const week = weekOfDate(firstSickDay, firstYearEvaluation) ?? 1;
    drafts.push({
      id: 'firstYearEvaluation',
      type: 'firstYearEvaluation',
      week,
      timing: { kind: 'day', date: firstYearEvaluation },
      title: 'Eerstejaarsevaluatie',
      text: 'Op deze dag kijkt u met uw werknemer terug op het eerste ziektejaar en maakt u afspraken voor het tweede jaar. Bespreek ook of werk bij een andere werkgever (2e spoor) nodig is.',
      ...(week > 52
        ? {
            note: `De eerstejaarsevaluatie op ${dutch(firstYearEvaluation)} valt in week ${week}, later dan week 52. UWV verwacht haar rond week 52 (stand ${RULES_CHECKED_YEAR}).`,
          }
        : week < 46
          ? {
              note: `De eerstejaarsevaluatie op ${dutch(firstYearEvaluation)} valt in week ${week}, ruim voor week 52. Zorg dat u het hele eerste ziektejaar bespreekt.`,
            }
          : {}),
      ruleBasis: 'law',
      source: SOURCES.assessmentFramework,
    });
    secondTrackFrom = firstYearEvaluation;
  }

  const secondTrackDue = addDays(secondTrackFrom, SECOND_TRACK_DAYS_AFTER_EVALUATION);
  drafts.push({
    id: 'secondTrackStart',
    type: 'secondTrackStart',
    week: weekOfDate(firstSickDay, secondTrackDue) ?? 1,
    timing: { kind: 'deadline', date: secondTrackDue },
    title: 'Uiterste start 2e spoor',
    text: 'Kan uw werknemer niet terug in uw eigen bedrijf? Start dan uiterlijk op deze dag met werk zoeken bij een andere werkgever (2e spoor), bijvoorbeeld via een werkervaringsplaats.',
    note: `Deze termijn staat niet in de wet. Het is de norm die UWV in zijn Werkwijzer Poortwachter gebruikt om de re-integratie achteraf te beoordelen (stand ${RULES_CHECKED_YEAR}).`,
    ruleBasis: 'uwvAssessmentNorm',
    source: SOURCES.assessmentFramework,
  });

  drafts.push({
    id: 'wiaLetter',
    type: 'wiaLetter',
    week: 88,
    timing: windowOfWeek(firstSickDay, 88),
    title: 'Brief van UWV over de WIA-aanvraag',
    text: `In deze week krijgen u en uw werknemer een brief van UWV over de WIA-aanvraag. Maak de eindevaluatie en geef uw werknemer uiterlijk op ${dutch(weekEnd(firstSickDay, 91))} kopieën van alle stukken van het re-integratieverslag.`,
    ruleBasis: 'uwvProcess',
    source: SOURCES.uwvWiaApplication,
  });

  drafts.push({
    id: 'wiaApplication',
    type: 'wiaApplication',
    week: 93,
    timing: deadlineInWeek(firstSickDay, 93),
    title: 'WIA-aanvraag door uw werknemer',
    text: `Uw werknemer vraagt de WIA-uitkering zelf aan, uiterlijk op ${dutch(weekEnd(firstSickDay, 93))}; u levert het re-integratieverslag aan. Vraagt uw werknemer te laat aan, dan moet u misschien langer loon doorbetalen.`,
    ruleBasis: 'law',
    source: SOURCES.uwvWiaApplication,
  });

  drafts.push({
    id: 'waitingPeriodEnd',
    type: 'waitingPeriodEnd',
    week: WAITING_PERIOD_WEEKS,
    timing: { kind: 'day', date: lastDay },
    title: 'Einde wachttijd: loondoorbetaling stopt',
    text: 'Op deze dag eindigt de wachttijd en daarmee uw plicht om loon door te betalen. Dat geldt niet als UWV u een loonsanctie heeft opgelegd of als u samen met uw werknemer verlenging hebt aangevraagd.',
    ruleBasis: 'law',
    source: SOURCES.civilCode,
  });

  const milestones = drafts.map((draft): Milestone => {
    const { start, due } = timingBounds(draft.timing, firstSickDay, draft.week);
    return { ...draft, start, due, status: statusOn(today, start, due) };
  });
  return milestones.sort(compareMilestones);
}

/** List order: due date, then the fixed rank of the law, then evaluation number. */
export function compareMilestones(a: Milestone, b: Milestone): number {
  if (a.due !== b.due) return a.due < b.due ? -1 : 1;
  if (a.type !== b.type) return RANK[a.type] - RANK[b.type];
  return (a.sequence ?? 0) - (b.sequence ?? 0);
}

// ---------------------------------------------------------------------------------------------------------
// Input, validation and the plan

export interface PlannerInput {
  /** First day of sickness, `YYYY-MM-DD` (surrounding spaces are ignored). */
  firstSickDay: string;
  /** Actual date of the eerstejaarsevaluatie, `YYYY-MM-DD`; empty or absent plans week 52. */
  firstYearEvaluation?: string | undefined;
  /** Today in the Netherlands, `YYYY-MM-DD`. */
  today: string;
  /** List the ziekmelding at the arbodienst or bedrijfsarts on day 1 (default true). */
  includeSickReport?: boolean | undefined;
}

export type PlannerField = 'firstSickDay' | 'firstYearEvaluation' | 'today';

/** The dated plan for one case of sickness, as the planner page and the calendar file show it. */
export interface GatekeeperPlan {
  firstSickDay: IsoDate;
  today: IsoDate;
  /** Actual eerstejaarsevaluatie date when given. */
  firstYearEvaluation?: IsoDate;
  /** Last day of the waiting period (day 728). */
  waitingPeriodEnd: IsoDate;
  /** Sickness week of today; null before the first sick day (can be above 104 after the waiting period). */
  currentWeek: number | null;
  /** Day of sickness of today (the first sick day is day 1); null before the first sick day. */
  dayOfSickness: number | null;
  milestones: Milestone[];
  /** Index of the next milestone: the first one that is not past; -1 when all are past. */
  nextIndex: number;
  /** The next milestone ("now"): due today or later; null when all are past. */
  next: Milestone | null;
}

export type PlannerResult =
  { valid: true; plan: GatekeeperPlan } | { valid: false; errors: Partial<Record<PlannerField, string>> };

export const MESSAGES = {
  invalidDate: 'Vul een geldige datum in, bijvoorbeeld 2026-03-02',
  invalidFirstYearEvaluation: 'Vul een geldige datum in, bijvoorbeeld 2027-02-22, of laat dit veld leeg',
  invalidToday: 'De datum van vandaag ontbreekt of is ongeldig',
  firstSickDayTooOld: (earliest: string) =>
    `De eerste ziektedag mag niet meer dan 3 jaar geleden zijn. Vul een datum in vanaf ${earliest}.`,
  firstSickDayTooLate: (latest: string) =>
    `De eerste ziektedag mag niet meer dan 1 jaar in de toekomst liggen. Vul een datum in tot en met ${latest}.`,
  firstYearEvaluationOutOfRange: (from: string, to: string) =>
    `De eerstejaarsevaluatie moet tussen week ${FIRST_YEAR_EVALUATION_WEEKS.earliest} en week ${FIRST_YEAR_EVALUATION_WEEKS.latest} van de ziekte liggen: van ${from} tot en met ${to}.`,
} as const;

const trimmed = () => z.string().check(z.trim());

const plannerSchema = z
  .object({
    firstSickDay: trimmed().check(z.refine(isIsoDate, MESSAGES.invalidDate)),
    firstYearEvaluation: z.optional(
      trimmed().check(z.refine((value) => value === '' || isIsoDate(value), MESSAGES.invalidFirstYearEvaluation)),
    ),
    today: trimmed().check(z.refine(isIsoDate, MESSAGES.invalidToday)),
    includeSickReport: z.optional(z.boolean()),
  })
  .check(
    z.superRefine((input, ctx) => {
      if (!isIsoDate(input.today) || !isIsoDate(input.firstSickDay)) return;
      const earliest = addYears(input.today, -FIRST_SICK_DAY_BOUNDS.yearsBack);
      const latest = addYears(input.today, FIRST_SICK_DAY_BOUNDS.yearsAhead);
      if (input.firstSickDay < earliest) {
        ctx.issues.push({
          code: 'custom',
          path: ['firstSickDay'],
          input,
          message: MESSAGES.firstSickDayTooOld(dutch(earliest)),
        });
        return;
      }
      if (input.firstSickDay > latest) {
        ctx.issues.push({
          code: 'custom',
          path: ['firstSickDay'],
          input,
          message: MESSAGES.firstSickDayTooLate(dutch(latest)),
        });
        return;
      }
      const evaluation = input.firstYearEvaluation;
      if (evaluation === undefined || evaluation === '' || !isIsoDate(evaluation)) return;
      const from = weekStart(input.firstSickDay, FIRST_YEAR_EVALUATION_WEEKS.earliest);
      const to = weekEnd(input.firstSickDay, FIRST_YEAR_EVALUATION_WEEKS.latest);
      if (evaluation < from || evaluation > to) {
        ctx.issues.push({
          code: 'custom',
          path: ['firstYearEvaluation'],
          input,
          message: MESSAGES.firstYearEvaluationOutOfRange(dutch(from), dutch(to)),
        });
      }
    }),
  );

/** Validates the input and builds the plan, or returns one Dutch message per field. */
export function planGatekeeperSteps(input: PlannerInput): PlannerResult {
  const parsed = plannerSchema.safeParse(input);
  if (!parsed.success) {
    const errors: Partial<Record<PlannerField, string>> = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as PlannerField;
      errors[field] ??= issue.message;
    }
    return { valid: false, errors };
  }
  const { firstSickDay, today, includeSickReport } = parsed.data;
  const firstYearEvaluation = parsed.data.firstYearEvaluation || undefined;
  const milestones = buildMilestones(firstSickDay, today, {
    ...(firstYearEvaluation ? { firstYearEvaluation } : {}),
    ...(includeSickReport === undefined ? {} : { includeSickReport }),
  });
  const nextIndex = milestones.findIndex((milestone) => milestone.status !== 'past');
  const offset = daysBetween(firstSickDay, today);
  return {
    valid: true,
    plan: {
      firstSickDay,
      today,
      ...(firstYearEvaluation ? { firstYearEvaluation } : {}),
      waitingPeriodEnd: addDays(firstSickDay, WAITING_PERIOD_LAST_DAY_OFFSET),
      currentWeek: weekOfDate(firstSickDay, today),
      dayOfSickness: offset < 0 ? null : offset + 1,
      milestones,
      nextIndex,
      next: nextIndex === -1 ? null : (milestones[nextIndex] ?? null),
    },
  };
}

// ---------------------------------------------------------------------------------------------------------
// The planner's address: GET parameters with Dutch names, shared by the page, its result page and the calendar file

/** Query parameter names of the planner form (Dutch: people see them in the address). */
export const PLANNER_PARAMS = {
  firstSickDay: 'eerste-ziektedag',
  firstYearEvaluation: 'eerstejaarsevaluatie',
} as const;

/** The planner fields in a query string, or null when the query holds neither (nothing was submitted). */
export function readPlannerQuery(search: string): { firstSickDay: string; firstYearEvaluation: string } | null {
  const params = new URLSearchParams(search);
  const firstSickDay = params.get(PLANNER_PARAMS.firstSickDay);
  const firstYearEvaluation = params.get(PLANNER_PARAMS.firstYearEvaluation);
  if (firstSickDay === null && firstYearEvaluation === null) return null;
  return { firstSickDay: firstSickDay ?? '', firstYearEvaluation: firstYearEvaluation ?? '' };
}

/** The query string ("?…") of a plan, for the link to its calendar file or its result page. */
export function plannerSearch(plan: Pick<GatekeeperPlan, 'firstSickDay' | 'firstYearEvaluation'>): string {
  const params = new URLSearchParams({ [PLANNER_PARAMS.firstSickDay]: plan.firstSickDay });
  if (plan.firstYearEvaluation) params.set(PLANNER_PARAMS.firstYearEvaluation, plan.firstYearEvaluation);
  return `?${params.toString()}`;
}
