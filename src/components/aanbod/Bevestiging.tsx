// What a person sees after a successful offer: used by the enhanced form and by /aanbieden/bedankt/.
import type { Ref } from 'preact';
import { telHref } from '../../lib/site/phone';

interface Props {
  contact: { email: string; telefoon: string };
  referentie?: string;
  kopRef?: Ref<HTMLHeadingElement>;
}

export function Bevestiging({ contact, referentie, kopRef }: Props) {
  return (
    <div class="max-w-3xl border-l-8 border-brand-700 bg-brand-50 p-4 sm:p-6">
      <h2 ref={kopRef} tabIndex={-1} class="text-2xl font-bold text-brand-900">
        Bedankt, wij hebben uw aanbod ontvangen
      </h2>
      <p class="mt-3">U krijgt een bevestiging per e-mail met een kopie van wat u ons stuurde.</p>
      <h3 class="mt-5 text-lg font-bold">Wat gebeurt er nu?</h3>
      <ol class="mt-2 list-decimal space-y-1 pl-6">
        <li>Een adviseur neemt binnen twee werkdagen contact met u op.</li>
        <li>Samen bespreken we het werk, de begeleiding en de afspraken die nodig zijn.</li>
        <li>Past de plek bij iemand die wij begeleiden, dan maken we kennis op de werkplek.</li>
      </ol>
      <p class="mt-4">
        Vragen? Mail naar <a href={`mailto:${contact.email}`}>{contact.email}</a> of bel{' '}
        <a href={telHref(contact.telefoon)}>{contact.telefoon}</a>.
      </p>
      {referentie && <p class="mt-4 text-muted">Uw referentie: {referentie}</p>}
    </div>
  );
}
