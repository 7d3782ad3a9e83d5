// The rules of the employer's request (aanvraag), applied by POST /api/aanvraag. Messages are Dutch, specific and
// polite (GOV.UK / NL Design System style). The request asks only what the bureau needs to call back and to judge the
// urgency: no name of the employee, no diagnosis, no health details (facts §15). Dates are checked against the day of
// the request: a first sick day or an eerstejaarsevaluatie cannot lie in the future, and the poortwachter-planner's
// range rules apply (a first sick day at most 3 years back, the evaluation between week 26 and week 80).
import * as z from 'zod/mini';
import { isIsoDate } from '../lib/format/dates';
import { dateProblem } from '../lib/forms/date-problem';
import { normaliseKvk, normalisePhone } from '../lib/intake/normalise';
import { checkSickDates } from '../lib/request/key-dates';
import {
  CALL_BACK,
  FIELD_LABELS,
  MAX_LENGTH,
  MULTILINE_FIELDS,
  REQUEST_FIELDS,
  type RequestField,
  type RequestFieldErrors,
  type RequestInput,
} from '../lib/request/fields';
import { firstErrorPerField, intakeFieldBuilders } from './intake-fields';

interface RequestSchemaOptions {
  /** Ids of the bureau's services an employer can ask for (src/data/request-services.ts); `terugbellen` is added. */
  serviceIds: readonly string[];
  /** Today as `YYYY-MM-DD` in the Netherlands. */
  today: string;
}

const { cleaned, text, optionalText, normalised, email } = intakeFieldBuilders<RequestField>({
  maxLength: MAX_LENGTH,
  labels: FIELD_LABELS,
  multiline: MULTILINE_FIELDS,
});

/** Contract hours: 1 to 60 a week (the legal maximum in any one week), whole or with decimals, e.g. `24,5`. */
const CONTRACT_HOURS = { min: 1, max: 60 } as const;

/** A date `YYYY-MM-DD` (after the three boxes were joined), required, not after `today`. */
function pastDate(field: RequestField, empty: string, future: string, today: string) {
  return cleaned(field).check(
    z.minLength(1, empty),
    z.superRefine((date, ctx) => {
      const problem = date === '' ? undefined : dateProblem(date, FIELD_LABELS[field]);
      if (problem) ctx.issues.push({ code: 'custom', message: problem, input: date });
    }),
    z.refine((date) => !isIsoDate(date) || date <= today, future),
  );
}

/** Builds the schema; the service ids and today's date are inputs so the rules are the same for every caller. */
export function createRequestSchema({ serviceIds, today }: RequestSchemaOptions) {
  const allowed = [...serviceIds, CALL_BACK];
  return z
    .object({
      /** What the employer asks for: one of the bureau's service ids, or `terugbellen` (call me back). */
      dienst: z.string().check(z.refine((id) => allowed.includes(id), 'Kies waarmee wij u kunnen helpen')),
      /** Name of the employer's organisation, 2–200 characters. */
      organisatie: text('organisatie', 2, 'Vul de naam van uw organisatie in', 'De naam van uw organisatie'),
      /** KvK-nummer: 8 digits; spaces and dots are removed. */
      kvk: normalised(
        'kvk',
        normaliseKvk,
        'Vul het KvK-nummer van uw organisatie in',
        'Een KvK-nummer bestaat uit 8 cijfers, bijvoorbeeld 12345678',
      ),
      /** Name of the contact person (the employer's, never the employee's), 2–120 characters. */
      contactpersoon: text('contactpersoon', 2, 'Vul uw naam in', 'Uw naam'),
      /** Dutch or international phone number, normalised to E.164 (`+31612345678`). */
      telefoon: normalised(
        'telefoon',
        normalisePhone,
        'Vul uw telefoonnummer in',
        'Vul een geldig telefoonnummer in, bijvoorbeeld 06 12345678 of +31 20 1234567',
      ),
      /** E-mail address of the contact person; the bureau replies here. */
      email: email('email'),
      /** When to call: `ochtend`, `middag` or `geen-voorkeur`. */
      bereikbaar: z.enum(['ochtend', 'middag', 'geen-voorkeur'], 'Kies wanneer wij u het best kunnen bellen'),
      /** The employee's function in a few words (no name), 2–80 characters. */
      functie: text('functie', 2, 'Vul de functie van uw werknemer in', 'De functie'),
      /** Contract hours per week, 1–60, with a decimal comma or point; becomes a number. */
      contracturen: z.pipe(
        cleaned('contracturen').check(
          z.minLength(1, 'Vul de contracturen per week in'),
          z.regex(/^[0-9]{1,2}(?:[.,][0-9]{1,2})?$/, 'Vul de contracturen in als getal, bijvoorbeeld 32 of 24,5'),
        ),
        z.pipe(
          z.transform((value: string) => Number(value.replace(',', '.'))),
          z
            .number()
            .check(
              z.gte(CONTRACT_HOURS.min, `De contracturen zijn minstens ${CONTRACT_HOURS.min} uur per week`),
              z.lte(CONTRACT_HOURS.max, `De contracturen zijn hoogstens ${CONTRACT_HOURS.max} uur per week`),
            ),
        ),
      ),
      /** First day of sickness, `YYYY-MM-DD`, not after today and at most 3 years back (the planner's range). */
      eerste_ziektedag: pastDate(
        'eerste_ziektedag',
        'Vul de eerste ziektedag in',
        'De eerste ziektedag kan niet na vandaag liggen',
        today,
      ),
      /** Whether the eerstejaarsevaluatie took place: `ja` or `nee`. */
      eerstejaarsevaluatie: z.enum(['ja', 'nee'], 'Kies of de eerstejaarsevaluatie al is gehouden'),
      /** Its date when it took place (`YYYY-MM-DD`, not after today, week 26–80 of the illness); otherwise empty. */
      eerstejaarsevaluatie_datum: cleaned('eerstejaarsevaluatie_datum'),
      /** Whether an arbeidsdeskundig report exists: `ja` or `nee`. */
      arbeidsdeskundig_rapport: z.enum(['ja', 'nee'], 'Kies of er een rapport van een arbeidsdeskundige is'),
      /** What the bedrijfsarts advised about the 2e spoor: `ja`, `nee` or `nog-niet`. */
      bedrijfsarts_advies: z.enum(['ja', 'nee', 'nog-niet'], 'Kies wat de bedrijfsarts adviseert over het 2e spoor'),
      /** The employee knows the employer asks the bureau: must be `ja`. */
      werknemer_geinformeerd: z.literal(
        'ja',
        'Bevestig dat uw werknemer weet dat u ons om hulp vraagt. Weet uw werknemer het nog niet? Vertel het eerst, of bel ons voor advies.',
      ),
      /** Optional remarks, up to 500 characters (the form says: no names, no medical data). */
      toelichting: optionalText('toelichting', 'De toelichting'),
      /** Consent to the privacy statement: must be `ja`. */
      privacy: z.literal('ja', 'Geef toestemming om uw gegevens te gebruiken voor deze aanvraag'),
    })
    .check(
      z.superRefine((request, ctx) => {
        // Runs also when other fields are wrong, so every mistake shows at once: read the raw values with care.
        const issue = (field: RequestField, message: string) =>
          ctx.issues.push({ code: 'custom', path: [field], message, input: request[field] });
        const evaluation = request.eerstejaarsevaluatie_datum;
        let plannedEvaluation: string | undefined;
        if (request.eerstejaarsevaluatie === 'ja') {
          if (evaluation === '') issue('eerstejaarsevaluatie_datum', 'Vul de datum van de eerstejaarsevaluatie in');
          else if (!isIsoDate(evaluation))
            issue(
              'eerstejaarsevaluatie_datum',
              dateProblem(evaluation, FIELD_LABELS.eerstejaarsevaluatie_datum) ?? 'Vul een echte datum in',
            );
          else if (evaluation > today)
            issue('eerstejaarsevaluatie_datum', 'De eerstejaarsevaluatie kan niet na vandaag liggen');
          else plannedEvaluation = evaluation;
        } else if (request.eerstejaarsevaluatie === 'nee' && evaluation !== '') {
          issue(
            'eerstejaarsevaluatie_datum',
            'U koos dat de eerstejaarsevaluatie nog niet is gehouden. Laat de datum leeg, of kies ‘Ja’.',
          );
        }
        if (!isIsoDate(request.eerste_ziektedag)) return;
        const planned = checkSickDates(request.eerste_ziektedag, plannedEvaluation, today);
        if (planned.firstSickDay) issue('eerste_ziektedag', planned.firstSickDay);
        if (planned.firstYearEvaluation) issue('eerstejaarsevaluatie_datum', planned.firstYearEvaluation);
      }),
    );
}

/** A valid, cleaned and normalised request. */
export type EmployerRequest = z.output<ReturnType<typeof createRequestSchema>>;

export type RequestValidation =
  { valid: true; request: EmployerRequest } | { valid: false; errors: RequestFieldErrors };

// Building a zod schema is far more expensive than using it, so one is kept per service list and day.
let cache: { key: string; schema: ReturnType<typeof createRequestSchema> } | undefined;

function schemaFor(options: RequestSchemaOptions) {
  const key = `${options.today}|${options.serviceIds.join(',')}`;
  if (cache?.key !== key) cache = { key, schema: createRequestSchema(options) };
  return cache.schema;
}

/** Validates typed input; returns the normalised request or one message per field, in form order. */
export function validateRequest(input: RequestInput, options: RequestSchemaOptions): RequestValidation {
  const result = schemaFor(options).safeParse(input);
  if (result.success) return { valid: true, request: result.data };
  return { valid: false, errors: firstErrorPerField<RequestField>(result.error.issues, REQUEST_FIELDS) };
}
