// Ids of the dossiercheck's form controls, shared by the form and the error summary that links to them.
import { DOSSIER_STEPS, type DossierField, type DossierQuery } from '../../lib/calculators/dossier-check';

export const FIRST_SICK_DAY_ID = 'dossier-eerste-ziektedag';

/** The box "Gedaan" of a step. */
export const boxId = (param: string) => `dossier-${param}-gedaan`;

/** The date field of a step. */
export const dateId = (param: string) => `dossier-${param}-datum`;

/** Where an error links to: the box when a date was typed without ticking it, else the date field. */
export function fieldIdOf(field: DossierField, submitted: DossierQuery | undefined): string {
  if (field === 'firstSickDay') return FIRST_SICK_DAY_ID;
  const step = DOSSIER_STEPS.find((candidate) => candidate.id === field)!;
  const typed = submitted?.steps[field];
  return typed && !typed.done ? boxId(step.param) : dateId(step.param);
}
