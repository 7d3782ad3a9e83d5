// The dossiercheck's address: GET parameters with Dutch names, so a check can be shared, bookmarked and opened without
// JavaScript. Per step a box (`<step>=ja`) and a date (`<step>-datum=…`); the calendar identity (case id and revision)
// as in the planner, so a calendar file of the steps still due updates its events when the check is corrected.
import { dossierInputSchema } from '../../../schemas/dossier-check';
import { calendarIdentitySchema, type CalendarIdentity } from '../../../schemas/gatekeeper-planner';
import { readDateParam } from '../../forms/date-query';
import { PLANNER_PARAMS } from '../gatekeeper-planner/query';
import { checkDossier, type DossierCheck } from './check';
import { DOSSIER_STEPS, type DossierStepId } from './steps';

/** Domain of the UIDs of the dossiercheck's calendar events (apart from the planner's: neither replaces the other). */
export const DOSSIER_UID_DOMAIN = 'werkervaringsplaats-dossiercheck';

/** Query parameter names (Dutch: people see them in the address). */
export const DOSSIER_PARAMS = {
  firstSickDay: PLANNER_PARAMS.firstSickDay,
  caseId: PLANNER_PARAMS.caseId,
  revision: PLANNER_PARAMS.revision,
  /** The box of a step: `probleemanalyse=ja`. */
  done: (id: DossierStepId) => stepParam(id),
  /** The date of a step: `probleemanalyse-datum=2026-04-10`. */
  date: (id: DossierStepId) => `${stepParam(id)}-datum`,
} as const;

function stepParam(id: DossierStepId): string {
  return DOSSIER_STEPS.find((step) => step.id === id)!.param;
}

/** What the dossiercheck's address holds, as typed. */
export interface DossierQuery {
  firstSickDay: string;
  steps: Partial<Record<DossierStepId, { done: boolean; date: string }>>;
  /** The calendar identity, or null when the address has none (or a malformed one). */
  identity: CalendarIdentity | null;
}

/**
 * The dossiercheck's fields in a query string, or null when it holds no first sick day (nothing was submitted). A date
 * may come as one ISO value or as the form's three boxes (readDateParam).
 */
export function readDossierQuery(search: string): DossierQuery | null {
  const params = new URLSearchParams(search);
  const firstSickDay = readDateParam(params, DOSSIER_PARAMS.firstSickDay);
  if (firstSickDay === null) return null;
  const steps: DossierQuery['steps'] = {};
  for (const { id } of DOSSIER_STEPS) {
    const done = params.get(DOSSIER_PARAMS.done(id)) === 'ja';
    const date = readDateParam(params, DOSSIER_PARAMS.date(id)) ?? '';
    if (done || date !== '') steps[id] = { done, date };
  }
  const identity = calendarIdentitySchema.safeParse({
    caseId: params.get(DOSSIER_PARAMS.caseId) ?? '',
    revision: Number(params.get(DOSSIER_PARAMS.revision) ?? '1'),
  });
  return { firstSickDay, steps, identity: identity.success ? identity.data : null };
}

/** The query string ("?…") of a check, in form order: what a GET submission of its form sends. */
export function dossierSearch(query: DossierQuery): string {
  const params = new URLSearchParams({ [DOSSIER_PARAMS.firstSickDay]: query.firstSickDay });
  for (const { id } of DOSSIER_STEPS) {
    const step = query.steps[id];
    if (!step) continue;
    if (step.done) params.set(DOSSIER_PARAMS.done(id), 'ja');
    if (step.date) params.set(DOSSIER_PARAMS.date(id), step.date);
  }
  if (query.identity) {
    params.set(DOSSIER_PARAMS.caseId, query.identity.caseId);
    params.set(DOSSIER_PARAMS.revision, String(query.identity.revision));
  }
  return `?${params.toString()}`;
}

/** The field a message belongs to: the first sick day or a step. */
export type DossierField = 'firstSickDay' | DossierStepId;

export type DossierResult =
  { valid: true; check: DossierCheck } | { valid: false; errors: Partial<Record<DossierField, string>> };

/** Validates what was typed (src/schemas/dossier-check.ts) and runs the check, or gives one Dutch message per field. */
export function runDossierCheck(query: Pick<DossierQuery, 'firstSickDay' | 'steps'>, today: string): DossierResult {
  const parsed = dossierInputSchema.safeParse({ firstSickDay: query.firstSickDay, today, steps: query.steps });
  if (!parsed.success) {
    const errors: Partial<Record<DossierField, string>> = {};
    for (const issue of parsed.error.issues) errors[issue.path[0] as DossierField] ??= issue.message;
    return { valid: false, errors };
  }
  const { firstSickDay, steps } = parsed.data;
  const reported = Object.fromEntries(
    Object.entries(steps).map(([id, step]) => [id, { done: step.done, ...(step.done ? { date: step.date } : {}) }]),
  );
  return { valid: true, check: checkDossier({ firstSickDay, today: parsed.data.today, steps: reported }) };
}
