// The poortwachter-planner's input: the dates a person typed (from the query of the result page or the calendar
// file) and today, checked before any date is calculated. One Dutch message per wrong field.
// zod/mini: the same zod 4 as astro/zod, tree-shakable (the rules run on the server only, but stay light).
import * as z from 'zod/mini';
import { isIsoDate } from '../lib/calculators/gatekeeper-planner/dates';
import { dateProblem } from '../lib/forms/date-problem';
import { addYears } from '../lib/calculators/gatekeeper-planner/years';
import {
  FIRST_SICK_DAY_BOUNDS,
  FIRST_YEAR_EVALUATION_WEEKS,
  weekEnd,
  weekStart,
} from '../lib/calculators/gatekeeper-planner/rules';
import { dutchDate, MESSAGES } from '../lib/calculators/gatekeeper-planner/texts';

// zod probes `new Function` to speed up object parsing; the site's Content-Security-Policy forbids eval in browsers.
z.config({ jitless: true });

const trimmed = () => z.string().check(z.trim());

/** A typed date (one ISO value, or the three boxes joined): empty passes here, anything else must be a real date. */
const typedDate = (subject: string) =>
  trimmed().check(
    z.superRefine((value, ctx) => {
      const problem = value === '' ? undefined : dateProblem(value, subject);
      if (problem) ctx.issues.push({ code: 'custom', message: problem, input: value });
    }),
  );

/** The planner's input, as typed. */
export const plannerInputSchema = z
  .object({
    /** First day of sickness, `YYYY-MM-DD` (surrounding spaces are ignored), from 3 years back to 1 year ahead. */
    firstSickDay: typedDate(MESSAGES.dateSubjects.firstSickDay).check(z.minLength(1, MESSAGES.missingFirstSickDay)),
    /** Actual date of the eerstejaarsevaluatie, `YYYY-MM-DD`, in weeks 26–80; empty or absent plans week 52. */
    firstYearEvaluation: z.optional(typedDate(MESSAGES.dateSubjects.firstYearEvaluation)),
    /** Today in the Netherlands, `YYYY-MM-DD` (the server's date, never typed). */
    today: trimmed().check(z.refine(isIsoDate, MESSAGES.invalidToday)),
    /** List the ziekmelding at the arbodienst or bedrijfsarts on day 1 (default true). */
    includeSickReport: z.optional(z.boolean()),
  })
  .check(
    z.superRefine((input, ctx) => {
      if (!isIsoDate(input.today) || !isIsoDate(input.firstSickDay)) return;
      const earliest = addYears(input.today, -FIRST_SICK_DAY_BOUNDS.yearsBack);
      const latest = addYears(input.today, FIRST_SICK_DAY_BOUNDS.yearsAhead);
      if (input.firstSickDay < earliest || input.firstSickDay > latest) {
        ctx.issues.push({
          code: 'custom',
          path: ['firstSickDay'],
          input,
          message:
            input.firstSickDay < earliest
              ? MESSAGES.firstSickDayTooOld(dutchDate(earliest))
              : MESSAGES.firstSickDayTooLate(dutchDate(latest)),
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
          message: MESSAGES.firstYearEvaluationOutOfRange(dutchDate(from), dutchDate(to)),
        });
      }
    }),
  );

export type PlannerInput = z.input<typeof plannerInputSchema>;

/**
 * The identity of one plan in a calendar, carried in the planner's address: the same case keeps its events when a
 * corrected plan is imported again, and each correction has a higher revision (the events' SEQUENCE).
 */
export const calendarIdentitySchema = z.object({
  /** Random case id made once by the server (12 lowercase letters or digits); it names no person and no date. */
  caseId: z.string().check(z.regex(/^[a-z0-9]{8,32}$/)),
  /** Revision of the plan: 1 for the first, one higher after each change of the form. */
  revision: z.int().check(z.minimum(1), z.maximum(100_000)),
});

export type CalendarIdentity = z.infer<typeof calendarIdentitySchema>;
