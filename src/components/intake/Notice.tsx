// A notice above an intake form: why it was not (or perhaps not) sent and how to reach the bureau instead (or, when
// it may have arrived, how to ask).
import type { Ref } from 'preact';
import { messageHeading, type MessageStatus } from '../../lib/intake/screen-texts';
import { telHref } from '../../lib/site/links';

interface Props {
  status: MessageStatus;
  /** The intake's noun: aanbod, aanvraag. */
  noun: string;
  message: string;
  contact: { email: string; telefoon: string };
  headingRef?: Ref<HTMLHeadingElement>;
  autoFocus?: boolean;
}

export function Notice({ status, noun, message, contact, headingRef, autoFocus }: Props) {
  return (
    <div class="mb-8 max-w-3xl border-4 border-red-700 p-4 sm:p-6" aria-labelledby="melding-kop">
      {/* On a page the server renders after a form post there is no script: autofocus puts the reader on the
          summary, as the GOV.UK error pattern asks. Never set on the page a visitor opens first. */}
      {/* eslint-disable-next-line jsx-a11y-x/no-autofocus */}
      <h2 id="melding-kop" ref={headingRef} tabIndex={-1} autoFocus={autoFocus} class="text-xl font-bold text-ink">
        {messageHeading(status, noun)}
      </h2>
      <p class="mt-2">{message}</p>
      {status === 504 ? (
        // It may have arrived: ask, rather than send it a second time another way.
        <p class="mt-2">
          Twijfelt u? Bel <a href={telHref(contact.telefoon)}>{contact.telefoon}</a> of mail naar{' '}
          <a href={`mailto:${contact.email}`}>{contact.email}</a>, dan kijken wij of uw {noun} is aangekomen.
        </p>
      ) : (
        <p class="mt-2">
          Lukt het niet? Mail uw {noun} naar <a href={`mailto:${contact.email}`}>{contact.email}</a> of bel{' '}
          <a href={telHref(contact.telefoon)}>{contact.telefoon}</a>.
        </p>
      )}
    </div>
  );
}
