// What a person sees after the bureau received an offer, with and without JavaScript: what happens next, the
// reference and a copy of the answers as the bureau received them (the confirmation mail holds no copy).
import type { Ref } from 'preact';
import type { ReceivedAnswer } from '../../lib/offer/contract';
import { offerNextSteps } from '../../lib/offer/screen-texts';
import { telHref } from '../../lib/site/links';
import { ReceivedAnswers } from '../intake/ReceivedAnswers';

interface Props {
  contact: { email: string; telefoon: string; reactietijdWerkdagen: number };
  reference: string;
  answers: ReceivedAnswer[];
  headingRef?: Ref<HTMLHeadingElement>;
}

export function Confirmation({ contact, reference, answers, headingRef }: Props) {
  return (
    <div class="max-w-3xl">
      <div class="border-l-8 border-brand-700 bg-brand-50 p-4 sm:p-6 print:border-0 print:p-0">
        <h2 ref={headingRef} tabIndex={-1} class="text-2xl font-bold text-brand-900">
          Bedankt, wij hebben uw aanbod ontvangen
        </h2>
        <p class="mt-3">
          Uw referentie: <strong>{reference}</strong>. U krijgt ook een korte bevestiging per e-mail, zonder uw
          antwoorden. Bewaar of print deze pagina als u een kopie van uw antwoorden wilt houden.
        </p>
        <h3 class="mt-5 text-lg font-bold">Wat gebeurt er nu?</h3>
        <ol class="mt-2 list-decimal space-y-1 pl-6">
          {offerNextSteps(contact.reactietijdWerkdagen).map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
        <p class="mt-4">
          Vragen? Mail naar <a href={`mailto:${contact.email}`}>{contact.email}</a> of bel{' '}
          <a href={telHref(contact.telefoon)}>{contact.telefoon}</a>.
        </p>
      </div>
      <ReceivedAnswers answers={answers} level={3} />
    </div>
  );
}
