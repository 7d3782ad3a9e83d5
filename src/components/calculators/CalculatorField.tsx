import type { FieldSpec } from '../../lib/calculators/form-model';

interface Props {
  field: FieldSpec;
  /** Prefix that makes element ids unique per calculator. */
  idPrefix: string;
  /** Control name: the field's query parameter, so the value survives a submit before hydration. */
  name: string;
  value: string;
  error?: string;
  onChange: (key: string, value: string) => void;
}

/** One labelled input (text for numbers, checkbox for toggles) with hint, unit and inline error. */
export function CalculatorField({ field, idPrefix, name, value, error, onChange }: Props) {
  const id = `${idPrefix}-${field.key}`;
  const hintId = field.hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  if (field.kind === 'toggle') {
    return (
      <div class="flex items-start gap-3">
        <input
          id={id}
          name={name}
          type="checkbox"
          value="ja"
          class="mt-1 size-6 shrink-0 accent-brand-700"
          checked={value === 'ja'}
          aria-describedby={hintId}
          onChange={(e) => onChange(field.key, e.currentTarget.checked ? 'ja' : 'nee')}
        />
        <div>
          <label for={id} class="font-semibold">
            {field.label}
          </label>
          {field.hint && (
            <p id={hintId} class="text-sm text-muted print:hidden">
              {field.hint}
            </p>
          )}
        </div>
      </div>
    );
  }
  const unitId = field.unit ? `${id}-unit` : undefined;
  const describedBy = [hintId, unitId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div
      class={`print:flex print:flex-wrap print:items-center print:gap-x-2 ${error ? 'border-l-4 border-red-700 pl-3' : ''}`}
    >
      <label for={id} class="block font-semibold">
        {field.label}
      </label>
      {field.hint && (
        <p id={hintId} class="text-sm text-muted print:hidden">
          {field.hint}
        </p>
      )}
      {error && (
        <p id={errorId} class="font-semibold text-red-700">
          <span class="sr-only">Fout: </span>
          {error}
        </p>
      )}
      <div class="mt-1 flex items-center gap-2 print:mt-0">
        <input
          id={id}
          name={name}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellcheck={false}
          class="w-36 max-w-full rounded border-2 border-ink px-2 py-1.5 aria-invalid:border-red-700 print:py-0"
          value={value}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={describedBy}
          onInput={(e) => onChange(field.key, e.currentTarget.value)}
        />
        {field.unit && (
          <span id={unitId} class="text-muted">
            {field.unit}
          </span>
        )}
      </div>
    </div>
  );
}
