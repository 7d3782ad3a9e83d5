// The planner's one entry point: validate what was typed, then build the dated plan.
import { plannerInputSchema, type PlannerInput } from '../../../schemas/gatekeeper-planner';
import { daysBetween, type IsoDate } from './dates';
import { buildMilestones, type Milestone } from './milestones';
import { waitingPeriodEnd, weekOfDate } from './rules';

export type { PlannerInput };

/** The fields of the planner's input that can be wrong. */
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

/** Validates the input and builds the plan, or returns one Dutch message per field. */
export function planGatekeeperSteps(input: PlannerInput): PlannerResult {
  const parsed = plannerInputSchema.safeParse(input);
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
  const milestones = buildMilestones(firstSickDay, today, { firstYearEvaluation, includeSickReport });
  const nextIndex = milestones.findIndex((milestone) => milestone.status !== 'past');
  const offset = daysBetween(firstSickDay, today);
  return {
    valid: true,
    plan: {
      firstSickDay,
      today,
      ...(firstYearEvaluation ? { firstYearEvaluation } : {}),
      waitingPeriodEnd: waitingPeriodEnd(firstSickDay),
      currentWeek: weekOfDate(firstSickDay, today),
      dayOfSickness: offset < 0 ? null : offset + 1,
      milestones,
      nextIndex,
      next: nextIndex === -1 ? null : (milestones[nextIndex] ?? null),
    },
  };
}
