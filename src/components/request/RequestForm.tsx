// The employer's request form, with its heading. Server-rendered it is a plain HTML form that posts to /api/aanvraag
// (works without JavaScript); hydrated it posts JSON, shows the server's answer in place (field errors, a failure, the
// thank-you with the key dates, under a new title and heading), prefills from the link that led here, shows the key
// dates as soon as the first sick day is known and keeps a draft in sessionStorage. Only the server validates.
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import type { FormAgain, ReceivedAnswer } from '../../lib/intake/contract';
import { randomReference } from '../../lib/intake/reference';
import { todayInNetherlands } from '../../lib/format/dates';
import { foldTypedDateParts, sentDateValue } from '../../lib/forms/date-parts';
import { requestDraft } from '../../lib/request/draft';
import {
  CALL_BACK,
  CHOICES,
  DATE_FIELDS,
  FIELD_HINTS,
  FIELD_LABELS,
  emptyRequestInput,
  type RequestField,
  type RequestInput,
} from '../../lib/request/fields';
import type { KeyDates as KeyDatesValue } from '../../lib/request/key-dates';
import { liveKeyDates } from '../../lib/request/live-key-dates';
import { prefillFromSearch } from '../../lib/request/prefill';
import { REQUEST_REFERENCE_PREFIX } from '../../lib/request/reference';
import { REQUEST_NOUN } from '../../lib/request/screen-texts';
import { telHref } from '../../lib/site/links';
import { Checkbox, DateInput, RadioGroup, TextArea, TextField } from '../forms/Fields';
import { FormMessages } from '../intake/FormMessages';
import { sendIntake } from '../intake/send-intake';
import { useDraft } from '../intake/use-draft';
import { useIntakeSubmit } from '../intake/use-intake-submit';
import { valuesTypedBeforeHydration } from '../site/typed-before-hydration';
import { KeyDates } from './KeyDates';
import { RequestConfirmation } from './RequestConfirmation';

const FORM_ID = 'aanvraag-formulier';
/** The heading and title once the bureau has the request. */
const RECEIVED_TITLE = 'Aanvraag ontvangen';

interface Props {
  /** The page's h1 while the form is shown. */
  title: string;
  services: readonly { id: string; naam: string }[];
  contact: { email: string; telefoon: string };
  bureauName: string;
  /** What happens after sending, the first step with the bureau's response time. */
  nextSteps: readonly string[];
  /** The form as the server shows it again (after an error or a failure); absent on the static page. */
  again?: Omit<FormAgain<RequestInput, RequestField>, 'kind'>;
  /** Values from the link that led here, read by the server (src/lib/request/prefill.ts); ignored with `again`. */
  prefill?: Partial<RequestInput>;
}

interface Received {
  reference: string;
  answers: ReceivedAnswer[];
  dates?: KeyDatesValue;
}

const sessionStore = () => window.sessionStorage;

export default function RequestForm({ title, services, contact, bureauName, nextSteps, again, prefill }: Props) {
  // The server already applied the link's prefill, so the form works without JavaScript and hydration matches it.
  const [initial] = useState<RequestInput>(() => again?.input ?? { ...emptyRequestInput(), ...prefill });
  // Answers typed before hydration win over the server's values; the date boxes are folded into one value.
  const [typed] = useState(
    () => foldTypedDateParts(valuesTypedBeforeHydration(FORM_ID), DATE_FIELDS, initial) as Partial<RequestInput>,
  );
  const [values, setValues] = useState<RequestInput>(() => ({ ...initial, ...typed }));
  const [received, setReceived] = useState<Received>();
  const { errors, clearErrors, notice, busy, headingRef, submit } = useIntakeSubmit<
    RequestInput,
    RequestField,
    { dates: KeyDatesValue }
  >({
    values,
    again,
    newReference: () => randomReference(REQUEST_REFERENCE_PREFIX),
    send: (answers, reference) =>
      sendIntake<RequestField, { dates: KeyDatesValue }>(
        '/api/aanvraag',
        REQUEST_NOUN,
        {
          ...answers,
          eerste_ziektedag: sentDateValue(answers.eerste_ziektedag),
          eerstejaarsevaluatie_datum: sentDateValue(answers.eerstejaarsevaluatie_datum),
          referentie: reference,
        },
        fetch,
        (body) => (body.termijnen ? { dates: body.termijnen as KeyDatesValue } : {}),
      ),
    onSent: (outcome) => {
      requestDraft.clear(sessionStore());
      setReceived({ reference: outcome.reference, answers: outcome.answers, dates: outcome.dates });
    },
  });
  const { restored, setRestored } = useDraft(
    requestDraft,
    sessionStore,
    values,
    setValues,
    initial,
    Boolean(again),
    typed,
  );

  // A link from the planner, a calculator or a service page says what is already known (after the draft: it is newer).
  // Applied again here, over a restored draft; the server rendered the same values.
  useLayoutEffect(() => {
    if (again) return;
    const prefill = prefillFromSearch(
      window.location.search,
      services.map((service) => service.id),
    );
    if (Object.keys(prefill).length > 0) setValues((current) => ({ ...current, ...prefill, ...typed }));
    // Props and `typed` never change after the first render: this runs once, while hydrating.
  }, [again, services, typed]);

  useEffect(() => {
    if (received) document.title = document.title.replace(title, RECEIVED_TITLE);
  }, [received, title]);

  const change = (field: RequestField, value: string) => setValues((old) => ({ ...old, [field]: value }));

  function startAgain() {
    requestDraft.clear(sessionStore());
    setValues(emptyRequestInput());
    clearErrors();
    setRestored(false);
  }

  if (received)
    return (
      <>
        <PageHeading title={RECEIVED_TITLE} />
        <RequestConfirmation
          contact={contact}
          reference={received.reference}
          answers={received.answers}
          dates={received.dates}
          nextSteps={nextSteps}
          headingRef={headingRef}
          printButton
        />
      </>
    );

  const field = (name: RequestField) => ({
    field: name,
    label: FIELD_LABELS[name],
    value: values[name],
    error: errors[name],
    hint: FIELD_HINTS[name],
    onChange: change,
  });
  const serviceChoices = {
    ...Object.fromEntries(services.map((service) => [service.id, service.naam])),
    [CALL_BACK]: 'Bel mij terug: ik wil eerst overleggen',
  };
  const evaluation = values.eerstejaarsevaluatie === 'nee' ? '' : sentDateValue(values.eerstejaarsevaluatie_datum);
  const dates = liveKeyDates(sentDateValue(values.eerste_ziektedag), evaluation, todayInNetherlands());

  return (
    <>
      <PageHeading title={title}>
        <p class="mt-3 text-lg text-muted">
          Heeft u een werknemer die lang ziek is? Vraag ons om een 2e-spoortraject, een dossiercheck of advies, of laat
          u terugbellen. Het kost u ongeveer drie minuten.
        </p>
        <p class="mt-3">
          Wij vragen geen naam van uw werknemer en geen medische gegevens. Alle vragen zijn verplicht, behalve als er
          "(optioneel)" achter staat. Liever bellen? Dat kan via{' '}
          <a href={telHref(contact.telefoon)}>{contact.telefoon}</a>.
        </p>
      </PageHeading>
      <form id={FORM_ID} method="post" action="/api/aanvraag" noValidate onSubmit={submit} class="max-w-3xl">
        <FormMessages
          noun={REQUEST_NOUN}
          notice={notice}
          errors={errors}
          headingRef={headingRef}
          contact={contact}
          again={again}
          restored={restored}
          draftPlace="in dit tabblad"
          onStartAgain={startAgain}
        />

        <RadioGroup {...field('dienst')} choices={serviceChoices} stacked />

        <fieldset class="mb-8">
          <legend class="mb-4 text-2xl font-bold text-brand-900">Uw organisatie</legend>
          <TextField {...field('organisatie')} autoComplete="organization" />
          <TextField
            {...field('kvk')}
            hint="8 cijfers, bijvoorbeeld 12345678"
            inputMode="numeric"
            width="max-w-[14rem]"
          />
          <TextField {...field('contactpersoon')} autoComplete="name" />
          <TextField
            {...field('telefoon')}
            type="tel"
            autoComplete="tel"
            hint="Bijvoorbeeld 06 12345678 of +31 20 1234567"
            width="max-w-[18rem]"
          />
          <TextField {...field('email')} type="email" autoComplete="email" spellcheck={false} />
          <RadioGroup {...field('bereikbaar')} choices={CHOICES.bereikbaar} stacked />
        </fieldset>

        <fieldset class="mb-8">
          <legend class="mb-2 text-2xl font-bold text-brand-900">De situatie</legend>
          <p class="mb-4">
            Geen naam van uw werknemer en geen medische gegevens: wij vragen alleen wat wij nodig hebben om u terug te
            bellen en te zien hoe dringend het is.
          </p>
          <TextField {...field('functie')} />
          <TextField {...field('contracturen')} inputMode="decimal" width="max-w-[8rem]" />
          <DateInput
            {...field('eerste_ziektedag')}
            hint="De dag waarop uw werknemer zich ziek meldde, bijvoorbeeld 2 3 2026"
          />
          <div aria-live="polite">{dates && <KeyDates dates={dates} />}</div>
          <RadioGroup {...field('eerstejaarsevaluatie')} choices={CHOICES.eerstejaarsevaluatie} />
          <DateInput
            {...field('eerstejaarsevaluatie_datum')}
            optional
            hint="Alleen als de eerstejaarsevaluatie is gehouden. Dan rekenen wij het 2e spoor vanaf die dag."
          />
          <RadioGroup {...field('arbeidsdeskundig_rapport')} choices={CHOICES.arbeidsdeskundig_rapport} />
          <RadioGroup {...field('bedrijfsarts_advies')} choices={CHOICES.bedrijfsarts_advies} stacked />
          <Checkbox
            field="werknemer_geinformeerd"
            value={values.werknemer_geinformeerd}
            error={errors.werknemer_geinformeerd}
            onChange={change}
          >
            Mijn werknemer weet dat ik {bureauName} om hulp vraag.
          </Checkbox>
          <TextArea {...field('toelichting')} optional rows={4} />
        </fieldset>

        <Checkbox field="privacy" value={values.privacy} error={errors.privacy} onChange={change}>
          Ik geef toestemming om deze gegevens te gebruiken voor mijn aanvraag, zoals beschreven in de{' '}
          <a href="/privacy/">privacyverklaring</a>.
        </Checkbox>

        <div class="absolute -left-[10000px] h-px w-px overflow-hidden" aria-hidden="true">
          <label for="veld-website">Laat dit veld leeg</label>
          <input
            id="veld-website"
            name="website"
            type="text"
            tabIndex={-1}
            autoComplete="off"
            value={values.website}
            onInput={(e) => setValues((old) => ({ ...old, website: e.currentTarget.value }))}
          />
        </div>

        <input type="hidden" name="referentie" value={values.referentie} />

        <button type="submit" class="btn" disabled={busy} aria-disabled={busy ? 'true' : undefined}>
          {busy ? 'Bezig met versturen…' : 'Aanvraag versturen'}
        </button>
      </form>
    </>
  );
}

/** The page's h1 (inside the island, so it can change when the request is received). */
function PageHeading({ title, children }: { title: string; children?: ComponentChildren }) {
  return (
    <div class="mb-8 max-w-3xl">
      <h1 class="text-3xl font-bold leading-tight text-brand-900 sm:text-4xl">{title}</h1>
      {children}
    </div>
  );
}
