// What an employer sees after the bureau received a request, with and without JavaScript: the reference, the key
// dates, what happens next (with the bureau's response time), what to prepare and a copy of the answers.
import type { Ref } from 'preact';
import type { ReceivedAnswer } from '../../lib/intake/contract';
import type { KeyDates as KeyDatesValue } from '../../lib/request/key-dates';
import { REQUEST_PREPARE } from '../../lib/request/screen-texts';
import { telHref } from '../../lib/site/links';
import { KeyDates } from './KeyDates';
import { ReceivedAnswers } from '../intake/ReceivedAnswers';

interface Props {
  contact: { email: string; telefoon: string };
  reference: string;
  answers: ReceivedAnswer[];
  dates?: KeyDatesValue;
  nextSteps: readonly string[];
  headingRef?: Ref<HTMLHeadingElement>;
  /** Show a print button (only where a script runs); otherwise the page says how to print. */
  printButton?: boolean;
}

export function RequestConfirmation({ contact, reference, answers, dates, nextSteps, headingRef, printButton }: Props) {
  return (
    <div class="max-w-3xl">
      <div class="mb-6 border-l-8 border-brand-700 bg-brand-50 p-4 sm:p-6 print:border-0 print:p-0">
        <h2 ref={headingRef} tabIndex={-1} class="text-2xl font-bold text-brand-900">
          Bedankt, wij hebben uw aanvraag ontvangen
        </h2>
        <p class="mt-3">
          Uw referentie: <strong>{reference}</strong>. Noem die als u ons belt of mailt. U krijgt ook een korte
          bevestiging per e-mail, zonder uw antwoorden en zonder data.
        </p>
      </div>
      {dates && <KeyDates dates={dates} level={2} />}
      <h2 class="mt-6 text-xl font-bold text-brand-900">Wat gebeurt er nu?</h2>
      <ol class="mt-2 list-decimal space-y-1 pl-6">
        {nextSteps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <h2 class="mt-6 text-xl font-bold text-brand-900">Wat kunt u alvast klaarleggen?</h2>
      <p class="mt-2">Voor het gesprek helpt het als u dit bij de hand heeft. Stuur het pas op als wij erom vragen:</p>
      <ul class="mt-2 list-disc space-y-1 pl-6">
        {REQUEST_PREPARE.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <p class="mt-2">Geen medische gegevens: die blijven bij de bedrijfsarts.</p>
      <p class="mt-4">
        Vragen? Bel <a href={telHref(contact.telefoon)}>{contact.telefoon}</a> of mail naar{' '}
        <a href={`mailto:${contact.email}`}>{contact.email}</a>.
      </p>
      <div class="mt-6 print:hidden">
        {printButton ? (
          <button type="button" class="btn btn-secondary" onClick={() => window.print()}>
            Deze pagina printen
          </button>
        ) : (
          <p>Wilt u deze pagina bewaren? Print haar via het menu van uw browser, of bewaar haar als pdf.</p>
        )}
      </div>
      <ReceivedAnswers answers={answers} level={2} />
    </div>
  );
}
