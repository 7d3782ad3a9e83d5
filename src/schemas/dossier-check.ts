// The dossiercheck's input as typed in its form (read from the query of its result page): the first sick day and, per
// poortwachter step, whether it was done and on which day; and today, the server's date. One Dutch message per
// wrong field, keyed by `firstSickDay` or the step's id.
// zod/mini: the same zod 4 as astro/zod, tree-shakable.
import * as z from 'zod/mini';
import { isIsoDate } from '../lib/calculators/gatekeeper-planner/dates';
import { dateProblem } from '../lib/forms/date-problem';
import { addYears } from '../lib/calculators/gatekeeper-planner/years';
import { FIRST_YEAR_EVALUATION_WEEKS, weekEnd, weekStart } from '../lib/calculators/gatekeeper-planner/rules';
import { dutchDate } from '../lib/calculators/gatekeeper-planner/texts';
import { DOSSIER_STEP_IDS, DOSSIER_STEPS } from '../lib/calculators/dossier-check/steps';

/** How far back a first sick day may lie: the waiting period plus a full loonsanctie fit in three years. */
export const DOSSIER_YEARS_BACK = 3;

const trimmed = () => z.string().check(z.trim());

/** One step as typed: the ticked box and the date field. */
const stepSchema = z.object({
  /** True when the box "gedaan" is ticked. */
  done: z.boolean(),
  /** The day it was done, `YYYY-MM-DD`; empty when not given. */
  date: trimmed(),
});

/** The dossiercheck's input, as typed. */
export const dossierInputSchema = z
  .object({
    /** First day of sickness, `YYYY-MM-DD`: not after today, at most three years back. */
    firstSickDay: trimmed(),
    /** Today in the Netherlands, `YYYY-MM-DD` (the server's date, never typed). */
    today: trimmed().check(z.refine(isIsoDate, 'De datum van vandaag ontbreekt of is ongeldig')),
    /** Per step (by id) what was typed; a step left out counts as not done. */
    steps: z.partialRecord(z.enum(DOSSIER_STEP_IDS), stepSchema),
  })
  .check(
    z.superRefine((input, ctx) => {
      const issue = (path: string, message: string): void => {
        ctx.issues.push({ code: 'custom', path: [path], input, message });
      };
      const sickDayProblem =
        input.firstSickDay === '' ? 'Vul de eerste ziektedag in' : dateProblem(input.firstSickDay, 'Eerste ziektedag');
      if (sickDayProblem) return issue('firstSickDay', sickDayProblem);
      if (!isIsoDate(input.today)) return;
      const earliest = addYears(input.today, -DOSSIER_YEARS_BACK);
      if (input.firstSickDay > input.today)
        return issue('firstSickDay', 'De eerste ziektedag mag niet na vandaag liggen');
      if (input.firstSickDay < earliest)
        return issue(
          'firstSickDay',
          `De eerste ziektedag mag niet meer dan ${DOSSIER_YEARS_BACK} jaar geleden zijn: vul een datum in vanaf ${dutchDate(earliest)}`,
        );
      for (const step of DOSSIER_STEPS) {
        const typed = input.steps[step.id];
        if (!typed) continue;
        const name = step.dateLabel.toLowerCase();
        if (!typed.done) {
          if (typed.date !== '')
            issue(step.id, `U vulde een ${name} in maar vinkte "gedaan" niet aan: vink het aan of maak de datum leeg`);
          continue;
        }
        // A date typed in three boxes that is not a real one gets the GOV.UK message naming the missing box.
        const problem = typed.date === '' ? `Vul de ${name} in` : dateProblem(typed.date, step.dateLabel);
        if (problem) issue(step.id, problem);
        else if (typed.date < input.firstSickDay) issue(step.id, `De ${name} ligt voor de eerste ziektedag`);
        else if (typed.date > input.today)
          issue(step.id, `De ${name} ligt na vandaag: vul alleen stappen in die al gedaan zijn`);
        else if (step.id === 'firstYearEvaluation') {
          const from = weekStart(input.firstSickDay, FIRST_YEAR_EVALUATION_WEEKS.earliest);
          const to = weekEnd(input.firstSickDay, FIRST_YEAR_EVALUATION_WEEKS.latest);
          if (typed.date < from || typed.date > to)
            issue(
              step.id,
              `De eerstejaarsevaluatie moet tussen week ${FIRST_YEAR_EVALUATION_WEEKS.earliest} en week ${FIRST_YEAR_EVALUATION_WEEKS.latest} van de ziekte liggen: van ${dutchDate(from)} tot en met ${dutchDate(to)}`,
            );
        }
      }
    }),
  );

export type DossierTypedInput = z.input<typeof dossierInputSchema>;
