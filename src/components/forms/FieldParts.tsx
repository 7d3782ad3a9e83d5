// The parts of one form field: label, hint and inline error (GOV.UK / NL Design System pattern).
import type { ComponentChildren } from 'preact';
import {
  DATE_PART_LABELS,
  DATE_PART_NAMES,
  datePartName,
  splitDateValue,
  typedDateValue,
  type DatePart,
} from '../../lib/forms/date-parts';
import { datePartId, errorId, fieldId, hintId } from './field-ids';

export const inputClass = (error?: string) =>
  `mt-1 block w-full min-h-11 rounded border-2 bg-white px-3 py-2 text-base text-ink ${error ? 'border-red-700' : 'border-ink'}`;

/** The class of one box of a date input: the day and month boxes fit two digits, the year box four. */
export const dateBoxClass = (error: string | undefined, part: DatePart) =>
  `${inputClass(error)} ${part === 'jaar' ? 'w-24' : 'w-16'}`;

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

/**
 * The three boxes of a date (GOV.UK pattern), each labelled Dag, Maand or Jaar above it and posted as `<name>-dag`,
 * `<name>-maand` and `<name>-jaar`. The day box has `id` (error links point at it). `value` is `jaar-maand-dag` as
 * typed; a change gives the new value the same way. The forms' DateInput and the calculators' date field use it;
 * the server-rendered tools render the same markup (src/components/calculators/DateField.astro).
 */
export function DateBoxes({
  id,
  name,
  value,
  invalid,
  boxClass,
  onChange,
}: {
  id: string;
  name: string;
  value: string;
  invalid: boolean;
  boxClass: (part: DatePart) => string;
  onChange: (value: string) => void;
}) {
  const parts = splitDateValue(value);
  return (
    <div class="mt-1 flex gap-4">
      {DATE_PART_NAMES.map((part) => (
        <div key={part}>
          <label for={datePartId(id, part)} class="block">
            {DATE_PART_LABELS[part]}
          </label>
          <input
            id={datePartId(id, part)}
            name={datePartName(name, part)}
            value={parts[part]}
            inputMode="numeric"
            autoComplete="off"
            class={boxClass(part)}
            aria-invalid={invalid ? 'true' : undefined}
            onInput={(e) => onChange(typedDateValue({ ...parts, [part]: e.currentTarget.value }))}
          />
        </div>
      ))}
    </div>
  );
}
