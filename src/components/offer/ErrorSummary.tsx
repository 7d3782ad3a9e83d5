// Error summary at the top of the form: a focusable heading and a link to every field with an error.
import type { Ref } from 'preact';
import type { FieldErrors, OfferField } from '../../lib/offer/fields';
import { fieldId } from './field-ids';

interface Props {
  errors: FieldErrors;
  headingRef?: Ref<HTMLHeadingElement>;
  /** Focus the heading on page load: a server-rendered error page has no script to do it. */
  autoFocus?: boolean;
}

function goToField(event: MouseEvent, field: OfferField) {
  const control = document.getElementById(fieldId(field));
  if (!control) return;
  event.preventDefault();
  control.focus();
  control.scrollIntoView({ block: 'center' });
}

export function ErrorSummary({ errors, headingRef, autoFocus }: Props) {
  const fields = Object.keys(errors) as OfferField[];
  if (fields.length === 0) return null;
  return (
    <div class="mb-8 max-w-3xl border-4 border-red-700 p-4 sm:p-6" aria-labelledby="foutsamenvatting-kop">
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
        Er {fields.length === 1 ? 'is 1 antwoord' : `zijn ${fields.length} antwoorden`} niet goed ingevuld
      </h2>
      <ul class="mt-3 list-none space-y-2 p-0">
        {fields.map((field) => (
          <li key={field}>
            <a
              href={`#${fieldId(field)}`}
              class="inline-block py-0.5 font-bold text-red-700"
              onClick={(e) => goToField(e, field)}
            >
              {errors[field]}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
