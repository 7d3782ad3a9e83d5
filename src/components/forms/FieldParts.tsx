// The parts of one form field: label, hint and inline error (GOV.UK / NL Design System pattern).
import type { ComponentChildren } from 'preact';
import type { DatePart } from '../../lib/forms/date-parts';
import { errorId, fieldId, hintId } from './field-ids';

/** A control's box without its width. */
const controlClass = (error?: string) =>
  `mt-1 block min-h-11 rounded border-2 bg-white px-3 py-2 text-base text-ink ${error ? 'border-red-700' : 'border-ink'}`;

export const inputClass = (error?: string) => `${controlClass(error)} w-full`;

/**
 * The class of one box of a date input: the day and month boxes fit two digits, the year box four (without the
 * full width of other controls, which would win over these widths).
 */
export const dateBoxClass = (error: string | undefined, part: DatePart) =>
  `${controlClass(error)} ${part === 'jaar' ? 'w-24' : 'w-16'}`;

export function Label({ field, label, optional }: { field: string; label: string; optional?: boolean }) {
  return (
    <label for={fieldId(field)} class="block font-bold">
      {label}
      {optional && <span class="font-normal"> (optioneel)</span>}
    </label>
  );
}

/** A field's hint under its label; nothing without text. A calculator passes its own id and class. */
export function Hint({
  field,
  id = hintId(field),
  class: className = 'mt-1 text-muted',
  children,
}: {
  field: string;
  id?: string;
  class?: string;
  children?: ComponentChildren;
}) {
  return children ? (
    <p id={id} class={className}>
      {children}
    </p>
  ) : null;
}

/**
 * A field's error, read by a screen reader as "Fout: …" (GOV.UK); nothing without an error. A calculator passes its
 * own id and class, and links as the message when a number has two readings.
 */
export function ErrorMessage({
  field,
  error,
  id = errorId(field),
  class: className = 'mt-1 font-bold text-red-700',
  children = error,
}: {
  field: string;
  error?: string | undefined;
  id?: string;
  class?: string;
  children?: ComponentChildren;
}) {
  return error ? (
    <p id={id} class={className}>
      <span class="sr-only">Fout: </span>
      {children}
    </p>
  ) : null;
}

/** Wrapper that marks a field with an error by a red bar on the left. */
export function FieldGroup({ error, children }: { error?: string; children: ComponentChildren }) {
  return <div class={`mb-6 ${error ? 'border-l-4 border-red-700 pl-3' : ''}`}>{children}</div>;
}
