// The offer form. Server-rendered it is a plain HTML form that posts to /api/aanbod (works without JavaScript);
// hydrated it posts JSON, shows the server's answer in place (field errors, a failure, the confirmation) and keeps a
// draft in localStorage. Only the server validates: one set of rules, and no validation code in the browser.
import { useState } from 'preact/hooks';
import type { FormAgain, ReceivedAnswer } from '../../lib/offer/contract';
import { clearDraft, loadDraft, saveDraft } from '../../lib/offer/draft';
import { CHOICES, FIELD_LABELS, emptyInput, type OfferField, type OfferInput } from '../../lib/offer/fields';
import type { Sector } from '../../schemas/sectors';
import { valuesTypedBeforeHydration } from '../site/typed-before-hydration';
import { Confirmation } from './Confirmation';
import { Checkbox, DateInput, RadioGroup, SelectField, TextArea, TextField } from '../forms/Fields';
import { foldTypedDateParts, sentDateValue } from '../../lib/forms/date-parts';
import { FormMessages } from '../intake/FormMessages';
import { OFFER_NOUN } from '../../lib/offer/screen-texts';
import { newReference, sendOffer } from './send-offer';
import { useDraft } from '../intake/use-draft';
import { useIntakeSubmit } from '../intake/use-intake-submit';

const FORM_ID = 'aanbod-formulier';
const DATE_FIELDS = ['startdatum'] as const;

interface Props {
  sectors: Sector[];
  contact: { email: string; telefoon: string; reactietijdWerkdagen: number };
  /** The form as the server shows it again (after an error or a failure); absent on the static page. */
  again?: Omit<FormAgain, 'kind'>;
}

export default function OfferForm({ sectors, contact, again }: Props) {
  // Answers typed before hydration, read in the first render before Preact touches the form. Every named control
  // of the form is an OfferInput name (the start date's three boxes are folded into one), so they fit the state and
  // win over the server's values.
  const [initial] = useState<OfferInput>(() => again?.input ?? emptyInput());
  const [typed] = useState(
    () => foldTypedDateParts(valuesTypedBeforeHydration(FORM_ID), DATE_FIELDS, initial) as Partial<OfferInput>,
  );
  const [values, setValues] = useState<OfferInput>(() => ({ ...initial, ...typed }));
  const [received, setReceived] = useState<{ reference: string; answers: ReceivedAnswer[] }>();
  const { errors, clearErrors, notice, busy, headingRef, submit } = useIntakeSubmit<OfferInput, OfferField, object>({
    values,
    again,
    newReference,
    send: (answers, reference) =>
      sendOffer({ ...answers, startdatum: sentDateValue(answers.startdatum), referentie: reference }),
    onSent: (outcome) => {
      clearDraft(window.localStorage);
      setReceived({ reference: outcome.reference, answers: outcome.answers });
    },
  });
  const { restored, setRestored } = useDraft(
    { load: loadDraft, save: saveDraft, clear: clearDraft },
    () => window.localStorage,
    values,
    setValues,
    initial,
    Boolean(again),
    typed,
  );

  const change = (field: OfferField, value: string) => setValues((old) => ({ ...old, [field]: value }));

  function startAgain() {
    clearDraft(window.localStorage);
    setValues(emptyInput());
    clearErrors();
    setRestored(false);
  }

  if (received)
    return (
      <Confirmation
        contact={contact}
        reference={received.reference}
        answers={received.answers}
        headingRef={headingRef}
      />
    );

  const field = (name: OfferField) => ({
    field: name,
    label: FIELD_LABELS[name],
    value: values[name],
    error: errors[name],
    onChange: change,
  });

  return (
    <form id={FORM_ID} method="post" action="/api/aanbod" noValidate onSubmit={submit} class="max-w-3xl">
      <FormMessages
        noun={OFFER_NOUN}
        notice={notice}
        errors={errors}
        headingRef={headingRef}
        contact={contact}
        again={again}
        restored={restored}
        draftPlace="in deze browser"
        onStartAgain={startAgain}
      />

      <fieldset class="mb-8">
        <legend class="mb-4 text-2xl font-bold text-brand-900">Uw organisatie</legend>
        <TextField {...field('organisatie')} autoComplete="organization" />
        <TextField
          {...field('kvk')}
          hint="8 cijfers, bijvoorbeeld 12345678"
          inputMode="numeric"
          width="max-w-[14rem]"
        />
        <SelectField {...field('sector')} options={sectors} placeholder="Kies een sector" />
        <TextField
          {...field('postcode')}
          hint="Bijvoorbeeld 1234 AB"
          autoComplete="postal-code"
          width="max-w-[10rem]"
        />
        <TextField {...field('plaats')} autoComplete="address-level2" />
      </fieldset>

      <fieldset class="mb-8">
        <legend class="mb-4 text-2xl font-bold text-brand-900">Contactpersoon</legend>
        <TextField {...field('contactpersoon')} autoComplete="name" />
        <TextField {...field('email')} type="email" autoComplete="email" spellcheck={false} />
        <TextField
          {...field('telefoon')}
          type="tel"
          autoComplete="tel"
          hint="Bijvoorbeeld 06 12345678 of +31 20 1234567"
          width="max-w-[18rem]"
        />
      </fieldset>

      <fieldset class="mb-8">
        <legend class="mb-4 text-2xl font-bold text-brand-900">De werkervaringsplaats</legend>
        <TextField {...field('functie')} hint="Bijvoorbeeld: medewerker magazijn of administratief medewerker" />
        <TextArea {...field('werkzaamheden')} hint="Wat gaat de kandidaat doen? Minstens 20 tekens." rows={6} />
        <TextField
          {...field('uren_per_week')}
          hint="Een heel getal van 4 tot en met 40"
          inputMode="numeric"
          width="max-w-[8rem]"
        />
        <DateInput {...field('startdatum')} optional hint="Vandaag of later, bijvoorbeeld 1 9 2026" />
        <TextField
          {...field('duur_weken')}
          optional
          hint="Een heel getal van 4 tot en met 52. Een plaatsing duurt vaak ongeveer drie maanden (13 weken; praktijk in 2025)."
          inputMode="numeric"
          width="max-w-[8rem]"
        />
        <RadioGroup
          {...field('begeleider')}
          choices={CHOICES.begeleider}
          hint="Een vaste collega die de kandidaat helpt en aanspreekpunt is."
        />
        <RadioGroup {...field('reiskosten')} choices={CHOICES.reiskosten} />
        <RadioGroup
          {...field('doorstroom')}
          choices={CHOICES.doorstroom}
          hint="Bijvoorbeeld een detachering of een arbeidscontract na de werkervaringsplaats."
        />
        <TextArea
          {...field('aanpassingen')}
          optional
          hint="Bijvoorbeeld aangepaste werktijden, een rustige werkplek of hulpmiddelen."
          rows={3}
        />
        <TextArea {...field('opmerkingen')} optional rows={3} />
      </fieldset>

      <Checkbox field="privacy" value={values.privacy} error={errors.privacy} onChange={change}>
        Ik geef toestemming om deze gegevens te gebruiken voor het bespreken van dit aanbod, zoals beschreven in de{' '}
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
          onInput={(e) => change('website' as OfferField, e.currentTarget.value)}
        />
      </div>

      <input type="hidden" name="referentie" value={values.referentie} />

      <button type="submit" class="btn" disabled={busy} aria-disabled={busy ? 'true' : undefined}>
        {busy ? 'Bezig met versturen…' : 'Aanbod versturen'}
      </button>
    </form>
  );
}
