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

export function Hint({ field, children }: { field: string; children?: ComponentChildren }) {
  return children ? (
    <p id={hintId(field)} class="mt-1 text-muted">
      {children}
    </p>
  ) : null;
}

export function ErrorMessage({ field, error }: { field: string; error?: string }) {
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
