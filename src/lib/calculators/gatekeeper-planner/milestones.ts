// The dated milestones of one case of sickness, with what the employer must do at each one and their status today.
//
// Order of the list: by due date (the day a milestone must be done by: the day itself, the deadline or the last day
// of the window), then by a fixed rank (the order of the law), then by evaluation number. Without an actual
// eerstejaarsevaluatie date every due date (and every first day) is strictly later than the one before. An actual
// eerstejaarsevaluatie date can fall on the same day as a six-weekly evaluation (then the 2e spoor date falls on the
// next one); such milestones share a date and keep the fixed rank order.
import type { IsoDate } from './dates';
import {
  ACTION_PLAN_WEEK,
  evaluationDueDates,
  FIRST_YEAR_EVALUATION_WEEK,
  latestSecondTrackStart,
  PROBLEM_ANALYSIS_WEEK,
  RIV_COPIES_WEEK,
  UWV_SICK_REPORT_WEEK,
  WAITING_PERIOD_WEEKS,
  waitingPeriodEnd,
  weekEnd,
  weekOfDate,
  weekStart,
  WIA_APPLICATION_WEEK,
  WIA_LETTER_WEEK,
  EVALUATION_INTERVAL_DAYS,
} from './rules';
import { SOURCES, type Source } from './sources';
import { MILESTONE_TEXTS, type MilestoneText, type RuleBasis } from './texts';

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
  | 'rivCopies'
  | 'wiaApplication'
  | 'waitingPeriodEnd';

/** Fixed order of the law, used when two milestones fall on the same day. */
export const MILESTONE_RANK: Record<MilestoneType, number> = {
  sickReport: 0,
  problemAnalysis: 1,
  actionPlan: 2,
  evaluation: 3,
  uwvSickReport: 4,
  firstYearEvaluation: 5,
  secondTrackStart: 6,
  wiaLetter: 7,
  rivCopies: 8,
  wiaApplication: 9,
  waitingPeriodEnd: 10,
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

type Draft = Omit<Milestone, 'status' | 'start' | 'due' | 'title' | 'text' | 'note'> & MilestoneText;

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
  firstYearEvaluation?: IsoDate | undefined;
  /** List the ziekmelding at the arbodienst or bedrijfsarts on day 1 (default true). */
  includeSickReport?: boolean | undefined;
}

/**
 * All milestones for a first sick day, in list order, with their status relative to `today`.
 * Expects valid `YYYY-MM-DD` dates (throws a RangeError otherwise); `planGatekeeperSteps` validates first.
 */
export function buildMilestones(firstSickDay: IsoDate, today: IsoDate, options: MilestoneOptions = {}): Milestone[] {
  const { firstYearEvaluation, includeSickReport = true } = options;
  const drafts: Draft[] = [];
  const week = (n: number) => weekEnd(firstSickDay, n);

  if (includeSickReport) {
    drafts.push({
      id: 'sickReport',
      type: 'sickReport',
      week: 1,
      timing: { kind: 'day', date: firstSickDay },
      ...MILESTONE_TEXTS.sickReport(),
      ruleBasis: 'practice',
      source: SOURCES.assessmentFramework,
    });
  }
  drafts.push({
    id: 'problemAnalysis',
    type: 'problemAnalysis',
    week: PROBLEM_ANALYSIS_WEEK,
    timing: deadlineInWeek(firstSickDay, PROBLEM_ANALYSIS_WEEK),
    ...MILESTONE_TEXTS.problemAnalysis(week(PROBLEM_ANALYSIS_WEEK)),
    ruleBasis: 'law',
    source: SOURCES.assessmentFramework,
  });
  drafts.push({
    id: 'actionPlan',
    type: 'actionPlan',
    week: ACTION_PLAN_WEEK,
    timing: deadlineInWeek(firstSickDay, ACTION_PLAN_WEEK),
    ...MILESTONE_TEXTS.actionPlan(week(ACTION_PLAN_WEEK)),
    ruleBasis: 'law',
    source: SOURCES.assessmentFramework,
  });
  evaluationDueDates(firstSickDay).forEach((date, index) => {
    const sequence = index + 1;
    drafts.push({
      id: `evaluation${sequence}`,
      type: 'evaluation',
      sequence,
      week: ACTION_PLAN_WEEK + (EVALUATION_INTERVAL_DAYS / 7) * sequence,
      timing: { kind: 'deadline', date },
      ...MILESTONE_TEXTS.evaluation(sequence, date),
      ruleBasis: 'practice',
      source: SOURCES.assessmentFramework,
    });
  });
  drafts.push({
    id: 'uwvSickReport',
    type: 'uwvSickReport',
    week: UWV_SICK_REPORT_WEEK,
    timing: windowOfWeek(firstSickDay, UWV_SICK_REPORT_WEEK),
    ...MILESTONE_TEXTS.uwvSickReport(week(UWV_SICK_REPORT_WEEK)),
    ruleBasis: 'law',
    source: SOURCES.uwvSickReport,
  });
  if (firstYearEvaluation === undefined) {
    drafts.push({
      id: 'firstYearEvaluation',
      type: 'firstYearEvaluation',
      week: FIRST_YEAR_EVALUATION_WEEK,
      timing: windowOfWeek(firstSickDay, FIRST_YEAR_EVALUATION_WEEK),
      ...MILESTONE_TEXTS.firstYearEvaluationWeek(),
      ruleBasis: 'law',
      source: SOURCES.assessmentFramework,
    });
  } else {
    const evaluationWeek = weekOfDate(firstSickDay, firstYearEvaluation) ?? 1;
    drafts.push({
      id: 'firstYearEvaluation',
      type: 'firstYearEvaluation',
      week: evaluationWeek,
      timing: { kind: 'day', date: firstYearEvaluation },
      ...MILESTONE_TEXTS.firstYearEvaluationDay(firstYearEvaluation, evaluationWeek),
      ruleBasis: 'law',
      source: SOURCES.assessmentFramework,
    });
  }
  const secondTrackDue = latestSecondTrackStart(firstSickDay, firstYearEvaluation);
  drafts.push({
    id: 'secondTrackStart',
    type: 'secondTrackStart',
    week: weekOfDate(firstSickDay, secondTrackDue) ?? 1,
    timing: { kind: 'deadline', date: secondTrackDue },
    ...MILESTONE_TEXTS.secondTrackStart(),
    ruleBasis: 'uwvAssessmentNorm',
    source: SOURCES.gatekeeperSchedule,
  });
  drafts.push({
    id: 'wiaLetter',
    type: 'wiaLetter',
    week: WIA_LETTER_WEEK,
    timing: windowOfWeek(firstSickDay, WIA_LETTER_WEEK),
    ...MILESTONE_TEXTS.wiaLetter(),
    ruleBasis: 'uwvProcess',
    source: SOURCES.uwvWiaApplication,
  });
  drafts.push({
    id: 'rivCopies',
    type: 'rivCopies',
    week: RIV_COPIES_WEEK,
    timing: deadlineInWeek(firstSickDay, RIV_COPIES_WEEK),
    ...MILESTONE_TEXTS.rivCopies(week(RIV_COPIES_WEEK)),
    ruleBasis: 'uwvProcess',
    source: SOURCES.uwvWiaApplication,
  });
  drafts.push({
    id: 'wiaApplication',
    type: 'wiaApplication',
    week: WIA_APPLICATION_WEEK,
    timing: deadlineInWeek(firstSickDay, WIA_APPLICATION_WEEK),
    ...MILESTONE_TEXTS.wiaApplication(week(WIA_APPLICATION_WEEK)),
    ruleBasis: 'law',
    source: SOURCES.uwvWiaApplication,
  });
  drafts.push({
    id: 'waitingPeriodEnd',
    type: 'waitingPeriodEnd',
    week: WAITING_PERIOD_WEEKS,
    timing: { kind: 'day', date: waitingPeriodEnd(firstSickDay) },
    ...MILESTONE_TEXTS.waitingPeriodEnd(),
    ruleBasis: 'law',
    source: SOURCES.civilCode,
  });

  return drafts
    .map((draft): Milestone => {
      const { start, due } = timingBounds(draft.timing, firstSickDay, draft.week);
      return { ...draft, start, due, status: statusOn(today, start, due) };
    })
    .sort(compareMilestones);
}

/** List order: due date, then the fixed rank of the law, then evaluation number. */
export function compareMilestones(a: Milestone, b: Milestone): number {
  if (a.due !== b.due) return a.due < b.due ? -1 : 1;
  if (a.type !== b.type) return MILESTONE_RANK[a.type] - MILESTONE_RANK[b.type];
  return (a.sequence ?? 0) - (b.sequence ?? 0);
}

/** The first and the last day of a milestone (the same day unless it is a window). */
export function milestoneDays(milestone: Milestone): { first: IsoDate; last: IsoDate } {
  const { timing } = milestone;
  return timing.kind === 'window'
    ? { first: timing.start, last: timing.end }
    : { first: timing.date, last: timing.date };
}
