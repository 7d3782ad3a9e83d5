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
  /** Id of the heading, unique on the page (a page can hold several calculators). */
  headingId?: string;
  /** The heading's level: 2 on a form page, 3 inside a calculator that has its own h2. */
  level?: 2 | 3;
  testId?: string;
}

function goToControl(event: MouseEvent, id: string) {
  const control = document.getElementById(id);
  if (!control) return;
  event.preventDefault();
  control.focus();
  control.scrollIntoView({ block: 'center' });
}

export function ErrorSummary({
  errors,
  headingRef,
  autoFocus,
  idOf = fieldId,
  headingId = 'foutsamenvatting-kop',
  level = 2,
  testId,
}: Props) {
  const entries = Object.entries(errors).filter((entry): entry is [string, string] => Boolean(entry[1]));
  if (entries.length === 0) return null;
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <div
      class="mb-8 max-w-3xl border-4 border-red-700 p-4 sm:p-6"
      role="region"
      aria-labelledby={headingId}
      data-testid={testId}
    >
      {/* On a page the server renders after a form post there is no script: autofocus puts the reader on the
          summary, as the GOV.UK error pattern asks. Never set on the page a visitor opens first. */}
      <Heading id={headingId} ref={headingRef} tabIndex={-1} autoFocus={autoFocus} class="text-xl font-bold text-ink">
        Er {entries.length === 1 ? 'is 1 antwoord' : `zijn ${entries.length} antwoorden`} niet goed ingevuld
      </Heading>
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
