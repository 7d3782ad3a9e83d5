// "Laat ons uw dossier checken": the address of the employer intake with the dossiercheck chosen and the dates the
// check already knows carried over, so the employer does not type them twice. Only dates travel, never what was
// (not) done: the intake asks for itself what the bureau needs to call back.
import type { DossierCheck } from './check';

/** Path of the employer intake. */
export const INTAKE_PATH = '/aanvragen/';

/** Query parameter names the intake reads (Dutch: people see them in the address). */
export const INTAKE_PARAMS = { service: 'dienst', firstSickDay: 'eersteZiektedag', firstYearEvaluation: 'evaluatie' };

/** The intake's id of the dossiercheck service (src/data/request-services.ts). */
export const DOSSIER_SERVICE_ID = 'dossiercheck';

/** The intake's address for a check: the service, the first sick day and, when held, the eerstejaarsevaluatie. */
export function dossierIntakeHref(check: Pick<DossierCheck, 'firstSickDay' | 'steps'>): string {
  const params = new URLSearchParams({
    [INTAKE_PARAMS.service]: DOSSIER_SERVICE_ID,
    [INTAKE_PARAMS.firstSickDay]: check.firstSickDay,
  });
  const evaluation = check.steps.find((step) => step.id === 'firstYearEvaluation');
  if (evaluation?.date) params.set(INTAKE_PARAMS.firstYearEvaluation, evaluation.date);
  return `${INTAKE_PATH}?${params.toString()}`;
}
