// The error summary at the top of a form (GOV.UK / NL Design System): a heading that takes focus and a link to every
// field with an error. One implementation for every form of the site.
import type { Ref } from 'preact';
import { fieldId } from './field-ids';

interface Props {
  /** Field name → message, in form order. */
  errors: Partial<Record<string, string>>;
  headingRef?: Ref<HTMLHeadingElement>;
  /** Focus the heading on page load: a server-rendered error page has no script to do it. */
  autoFocus?: boolean;
  /** Id of the control a field's link points to (default: veld-<field>). */
  idOf?: (field: string) => string;
}

function goToControl(event: MouseEvent, id: string) {
  const control = document.getElementById(id);
  if (!control) return;
  event.preventDefault();
  control.focus();
  control.scrollIntoView({ block: 'center' });
}

export function ErrorSummary({ errors, headingRef, autoFocus, idOf = fieldId }: Props) {
  const entries = Object.entries(errors).filter((entry): entry is [string, string] => Boolean(entry[1]));
  if (entries.length === 0) return null;
  return (
    <div class="mb-8 max-w-3xl border-4 border-red-700 p-4 sm:p-6" role="region" aria-labelledby="foutsamenvatting-kop">
      {/* On a page the server renders after a form post there is no script: autofocus puts the reader on the
          summary, as the GOV.UK error pattern asks. Never set on the page a visitor opens first. */}
      <h2
        id="foutsamenvatting-kop"
        ref={headingRef}
        tabIndex={-1}
        // eslint-disable-next-line jsx-a11y-x/no-autofocus -- see above
        autoFocus={autoFocus}
        class="text-xl font-bold text-ink"
      >
        Er {entries.length === 1 ? 'is 1 antwoord' : `zijn ${entries.length} antwoorden`} niet goed ingevuld
      </h2>
      <ul class="mt-3 list-none space-y-2 p-0">
        {entries.map(([field, message]) => (
          <li key={field}>
            <a
              href={`#${idOf(field)}`}
              class="inline-block py-0.5 font-bold text-red-700"
              onClick={(e) => goToControl(e, idOf(field))}
            >
              {message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
