// Small building blocks of one form field: label, hint and inline error (GOV.UK / NL Design System pattern).
import type { ComponentChildren } from 'preact';
import type { OfferField } from '../../lib/offer/fields';
import { errorId, hintId } from './field-ids';

export const inputClass = (error?: string) =>
  `mt-1 block w-full rounded border-2 bg-white px-3 py-2 text-base text-ink ${error ? 'border-red-700' : 'border-ink'}`;

export function Hint({ field, children }: { field: OfferField; children?: ComponentChildren }) {
  return children ? (
    <p id={hintId(field)} class="mt-1 text-muted">
      {children}
    </p>
  ) : null;
}

export function ErrorMessage({ field, error }: { field: OfferField; error?: string }) {
  return error ? (
    <p id={errorId(field)} class="mt-1 font-bold text-red-700">
      <span class="sr-only">Fout: </span>
      {error}
    </p>
  ) : null;
}

/** Wrapper that marks a field with an error by a red bar on the left. */
export function FieldGroup({ error, children }: { error?: string; children: ComponentChildren }) {
  return <div class={`mb-6 ${error ? 'border-l-4 border-red-700 pl-3' : ''}`}>{children}</div>;
}
