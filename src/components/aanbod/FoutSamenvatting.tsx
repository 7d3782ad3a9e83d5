// Error summary at the top of the form: a focusable heading and a link to every field with an error.
import type { Ref } from 'preact';
import type { Fouten } from '../../lib/aanbod/schema';
import type { AanbodVeld } from '../../lib/aanbod/velden';
import { veldId } from './veld-ids';

interface Props {
  fouten: Fouten;
  kopRef?: Ref<HTMLHeadingElement>;
  /** Focus the heading on page load: a server-rendered error page has no script to do it. */
  autoFocus?: boolean;
}

function naarVeld(event: MouseEvent, veld: AanbodVeld) {
  const invoer = document.getElementById(veldId(veld));
  if (!invoer) return;
  event.preventDefault();
  invoer.focus();
  invoer.scrollIntoView({ block: 'center' });
}

export function FoutSamenvatting({ fouten, kopRef, autoFocus }: Props) {
  const velden = Object.keys(fouten) as AanbodVeld[];
  if (velden.length === 0) return null;
  return (
    <div class="mb-8 max-w-3xl border-4 border-red-700 p-4 sm:p-6" aria-labelledby="foutsamenvatting-kop">
      <h2 id="foutsamenvatting-kop" ref={kopRef} tabIndex={-1} autoFocus={autoFocus} class="text-xl font-bold text-ink">
        Er {velden.length === 1 ? 'is 1 antwoord' : `zijn ${velden.length} antwoorden`} niet goed ingevuld
      </h2>
      <ul class="mt-3 list-none space-y-2 p-0">
        {velden.map((veld) => (
          <li key={veld}>
            <a href={`#${veldId(veld)}`} class="inline-block py-0.5 font-bold text-red-700" onClick={(e) => naarVeld(e, veld)}>
              {fouten[veld]}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
