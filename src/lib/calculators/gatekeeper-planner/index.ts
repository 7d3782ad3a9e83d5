// Gatekeeper planner (the page /rekenhulpen/poortwachter-planner/): turns the first day of sickness into the dated
// milestones of the Wet verbetering poortwachter, with what the employer must do at each one. Pure TypeScript: no DOM,
// no environment, no I/O, no clock (today comes in). One folder, one file per concern:
// - dates.ts       calendar days through date-fns (UTC), island-safe;
// - rules.ts       the weeks and intervals of the law and of UWV's norms, and how weeks are counted;
// - key-dates.ts   keyDatesOfAbsence(): the current week, latest 2e spoor start, WIA deadline (for other tools);
// - sources.ts     the official pages, each with its year;
// - texts.ts       every Dutch sentence;
// - milestones.ts  the dated milestones and their order;
// - plan.ts        planGatekeeperSteps(): validation (src/schemas/gatekeeper-planner.ts) and the plan;
// - query.ts       the address: the dates, the case id and the revision of the calendar file.
export { addDays, daysBetween, isIsoDate, type IsoDate } from './dates';
export { addYears } from './years';
export {
  ACTION_PLAN_WEEK,
  EVALUATION_INTERVAL_DAYS,
  FIRST_SICK_DAY_BOUNDS,
  FIRST_YEAR_EVALUATION_WEEK,
  FIRST_YEAR_EVALUATION_WEEKS,
  PROBLEM_ANALYSIS_WEEK,
  RIV_COPIES_WEEK,
  RULES_CHECKED_YEAR,
  SECOND_TRACK_DAYS_AFTER_EVALUATION,
  UWV_SICK_REPORT_WEEK,
  WAITING_PERIOD_LAST_DAY_OFFSET,
  WAITING_PERIOD_WEEKS,
  WIA_APPLICATION_WEEK,
  WIA_LETTER_WEEK,
  weekEnd,
  weekOfDate,
  weekStart,
} from './rules';
export { keyDatesOfAbsence, type AbsenceKeyDates } from './key-dates';
export { SOURCES, sourceLabel, type Source } from './sources';
export { dutchDate, MESSAGES, RULE_BASIS_LABELS, WEEK_RULE_SENTENCE, type RuleBasis } from './texts';
export {
  buildMilestones,
  compareMilestones,
  milestoneDays,
  type Milestone,
  type MilestoneOptions,
  type MilestoneStatus,
  type MilestoneType,
  type Timing,
} from './milestones';
export {
  planGatekeeperSteps,
  type GatekeeperPlan,
  type PlannerField,
  type PlannerInput,
  type PlannerResult,
} from './plan';
export {
  caseIdFromUuid,
  PLANNER_PARAMS,
  plannerSearch,
  readPlannerQuery,
  withIdentity,
  type CalendarIdentity,
  type PlannerQuery,
} from './query';
