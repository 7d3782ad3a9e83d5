// The planner's address: GET parameters with Dutch names, shared by the form, its result page and the calendar file.
// Besides the dates it carries the plan's calendar identity: a case id made once by the server and a revision that
// the form raises on every change, so a corrected plan imported again updates the same calendar events.
import { calendarIdentitySchema, type CalendarIdentity } from '../../../schemas/gatekeeper-planner';
import { readDateParam } from '../../forms/date-query';

export type { CalendarIdentity };

/** Query parameter names of the planner form (Dutch: people see them in the address). */
export const PLANNER_PARAMS = {
  firstSickDay: 'eerste-ziektedag',
  firstYearEvaluation: 'eerstejaarsevaluatie',
  caseId: 'zaak',
  revision: 'versie',
} as const;

/** What the planner's address holds. */
export interface PlannerQuery {
  firstSickDay: string;
  firstYearEvaluation: string;
  /** The calendar identity, or null when the address has none (or a malformed one). */
  identity: CalendarIdentity | null;
}

/**
 * The planner fields in a query string, or null when the query holds no date field (nothing was submitted). A date
 * may come as one ISO value or as the form's three boxes (readDateParam).
 */
export function readPlannerQuery(search: string): PlannerQuery | null {
  const params = new URLSearchParams(search);
  const firstSickDay = readDateParam(params, PLANNER_PARAMS.firstSickDay);
  const firstYearEvaluation = readDateParam(params, PLANNER_PARAMS.firstYearEvaluation);
  if (firstSickDay === null && firstYearEvaluation === null) return null;
  const identity = calendarIdentitySchema.safeParse({
    caseId: params.get(PLANNER_PARAMS.caseId) ?? '',
    revision: Number(params.get(PLANNER_PARAMS.revision) ?? '1'),
  });
  return {
    firstSickDay: firstSickDay ?? '',
    firstYearEvaluation: firstYearEvaluation ?? '',
    identity: identity.success ? identity.data : null,
  };
}

/** A case id from a random UUID (`crypto.randomUUID()` on the server): 12 lowercase hexadecimal digits. */
export function caseIdFromUuid(uuid: string): string {
  return uuid.replaceAll('-', '').slice(0, 12).toLowerCase();
}

/** A query (planner or dossiercheck) with a calendar identity: the one it has, or a new case at revision 1. */
export function withIdentity<Query extends { identity: CalendarIdentity | null }>(
  query: Query,
  newCaseId: () => string,
): Query & { identity: CalendarIdentity } {
  return { ...query, identity: query.identity ?? { caseId: newCaseId(), revision: 1 } };
}

/** The query string ("?…") of a plan, for its result page and its calendar file. */
export function plannerSearch(query: {
  firstSickDay: string;
  firstYearEvaluation?: string | undefined;
  identity?: CalendarIdentity | null | undefined;
}): string {
  const params = new URLSearchParams({ [PLANNER_PARAMS.firstSickDay]: query.firstSickDay });
  if (query.firstYearEvaluation) params.set(PLANNER_PARAMS.firstYearEvaluation, query.firstYearEvaluation);
  if (query.identity) {
    params.set(PLANNER_PARAMS.caseId, query.identity.caseId);
    params.set(PLANNER_PARAMS.revision, String(query.identity.revision));
  }
  return `?${params.toString()}`;
}
