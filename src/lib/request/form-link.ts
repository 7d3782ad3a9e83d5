// Links to the employer's request form, prefilled with what a page already knows (the planner, a calculator result, a
// service page, the dossiercheck): /aanvragen/?dienst=<id>&eersteZiektedag=YYYY-MM-DD&evaluatie=YYYY-MM-DD. No
// imports: calculator islands use it.

/** The form's address. */
export const REQUEST_FORM_PATH = '/aanvragen/';

/** The query parameters a link may carry (public: other pages build them; prefill.ts reads them). */
export const PREFILL_PARAMS = { service: 'dienst', firstSickDay: 'eersteZiektedag', evaluation: 'evaluatie' } as const;

export interface RequestPrefill {
  /** A service id (or `terugbellen`). */
  service?: string | undefined;
  /** First sick day, `YYYY-MM-DD`. */
  firstSickDay?: string | undefined;
  /** Date of the eerstejaarsevaluatie that took place, `YYYY-MM-DD`. */
  evaluation?: string | undefined;
}

/** A link to the request form, prefilled with what is known. */
export function requestFormHref(prefill: RequestPrefill = {}): string {
  const query = new URLSearchParams();
  if (prefill.service) query.set(PREFILL_PARAMS.service, prefill.service);
  if (prefill.firstSickDay) query.set(PREFILL_PARAMS.firstSickDay, prefill.firstSickDay);
  if (prefill.evaluation) query.set(PREFILL_PARAMS.evaluation, prefill.evaluation);
  const search = query.toString();
  return search ? `${REQUEST_FORM_PATH}?${search}` : REQUEST_FORM_PATH;
}
