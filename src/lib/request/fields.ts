// The fields of the employer's request (aanvraag). Their names are the public contract of POST /api/aanvraag (Dutch,
// as visitors and integrations see them); the labels are shared by the form, the error summary, the thank-you copy and
// the e-mails. On purpose there is no field for the employee's name, a diagnosis or any health detail (facts §15): the
// bureau needs only what lets it call back and judge the urgency.
import type { FieldErrors } from '../intake/contract';
import { COMMON_INPUT_NAMES, emptyInputOf, readInputOf } from '../intake/input';

export const REQUEST_FIELDS = [
  'dienst',
  'organisatie',
  'kvk',
  'contactpersoon',
  'telefoon',
  'email',
  'bereikbaar',
  'functie',
  'contracturen',
  'eerste_ziektedag',
  'eerstejaarsevaluatie',
  'eerstejaarsevaluatie_datum',
  'arbeidsdeskundig_rapport',
  'bedrijfsarts_advies',
  'werknemer_geinformeerd',
  'toelichting',
  'privacy',
] as const;

/** A field a person fills in (the honeypot and the reference are not part of this list). */
export type RequestField = (typeof REQUEST_FIELDS)[number];

/** Every name the form posts: the fields, the honeypot `website` and the idempotency `referentie`. */
export type RequestInputName = RequestField | 'website' | 'referentie';

/** The raw text of every posted name, as typed. */
export type RequestInput = Record<RequestInputName, string>;

/** Field name → the first error message for that field. */
export type RequestFieldErrors = FieldErrors<RequestField>;

/** The one free-text field: it may span lines, and its hint warns against medical data. */
export const MULTILINE_FIELDS: ReadonlySet<RequestInputName> = new Set(['toelichting']);

/** Fields that take a date, posted as `YYYY-MM-DD` or as three boxes (`<name>-dag`, `-maand`, `-jaar`). */
export const DATE_FIELDS = ['eerste_ziektedag', 'eerstejaarsevaluatie_datum'] as const;

/** Longest text the schema accepts per name, counted after trimming and cleaning; the body limit follows from it. */
export const MAX_LENGTH: Record<RequestInputName, number> = {
  dienst: 80,
  organisatie: 200,
  kvk: 20,
  contactpersoon: 120,
  telefoon: 30,
  email: 254,
  bereikbaar: 20,
  functie: 80,
  contracturen: 5,
  eerste_ziektedag: 10,
  eerstejaarsevaluatie: 3,
  eerstejaarsevaluatie_datum: 10,
  arbeidsdeskundig_rapport: 3,
  bedrijfsarts_advies: 10,
  werknemer_geinformeerd: 3,
  toelichting: 500,
  privacy: 3,
  website: 200,
  referentie: 20,
};

/** Labels as shown on the form and in the e-mails. */
export const FIELD_LABELS: Record<RequestField, string> = {
  dienst: 'Waarmee kunnen wij u helpen?',
  organisatie: 'Naam van de organisatie',
  kvk: 'KvK-nummer',
  contactpersoon: 'Uw naam',
  telefoon: 'Telefoonnummer',
  email: 'E-mailadres',
  bereikbaar: 'Wanneer kunnen wij u het best bellen?',
  functie: 'Functie van uw werknemer',
  contracturen: 'Contracturen per week',
  eerste_ziektedag: 'Eerste ziektedag',
  eerstejaarsevaluatie: 'Is de eerstejaarsevaluatie gehouden?',
  eerstejaarsevaluatie_datum: 'Datum van de eerstejaarsevaluatie',
  arbeidsdeskundig_rapport: 'Is er een rapport van een arbeidsdeskundige?',
  bedrijfsarts_advies: 'Wat adviseert de bedrijfsarts over het 2e spoor?',
  werknemer_geinformeerd: 'Uw werknemer weet van deze aanvraag',
  toelichting: 'Toelichting',
  privacy: 'Toestemming',
};

/** Hints the form shows under a field; the one free text says what must not go in it. */
export const FIELD_HINTS: Partial<Record<RequestField, string>> = {
  functie: 'Bijvoorbeeld: magazijnmedewerker. Vul geen naam in.',
  contracturen: 'Volgens het contract, bijvoorbeeld 32 of 24,5',
  toelichting:
    'Hoogstens 500 tekens. Geen naam van uw werknemer en geen medische gegevens: geen diagnose, klachten, behandelingen of medicijnen.',
};

/** The value of `dienst` for "call me back" (always offered next to the bureau's services). */
export const CALL_BACK = 'terugbellen';

/** Choices of the radio-button fields: value → text. */
export const CHOICES = {
  bereikbaar: {
    ochtend: 'In de ochtend (9.00 tot 12.00 uur)',
    middag: 'In de middag (12.00 tot 17.00 uur)',
    'geen-voorkeur': 'Geen voorkeur',
  },
  eerstejaarsevaluatie: { ja: 'Ja', nee: 'Nee' },
  arbeidsdeskundig_rapport: { ja: 'Ja', nee: 'Nee' },
  bedrijfsarts_advies: { ja: 'Ja, 2e spoor', nee: 'Nee, geen 2e spoor', 'nog-niet': 'Nog geen advies' },
} as const;

/** Every name the form posts. */
const INPUT_NAMES: readonly RequestInputName[] = [...REQUEST_FIELDS, ...COMMON_INPUT_NAMES];

/** An empty form. */
export function emptyRequestInput(): RequestInput {
  return emptyInputOf(INPUT_NAMES);
}

/** Reads the known names from any decoded body (form data or JSON) as text; dates may also come as three boxes. */
export function readRequestInput(source: Record<string, unknown>): RequestInput {
  return readInputOf(INPUT_NAMES, source, DATE_FIELDS);
}
