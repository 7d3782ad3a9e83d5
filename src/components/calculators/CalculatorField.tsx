import type { FieldSpec } from '../../lib/calculators/form-model';

interface Props {
  field: FieldSpec;
  /** The field's hint for the chosen year (see fieldHint). */
  hint: string | undefined;
  /** Prefix that makes element ids unique per calculator. */
  idPrefix: string;
  /** Control name: the field's query parameter, so the value survives a submit before hydration. */
  name: string;
  value: string;
  error?: string;
  onChange: (key: string, value: string) => void;
}

/** One labelled input (text for numbers, checkbox for toggles) with hint, unit and inline error. */
export function CalculatorField({ field, hint, idPrefix, name, value, error, onChange }: Props) {
  const id = `${idPrefix}-${field.key}`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  if (field.kind === 'toggle') {
    return (
      <div class="calc-toggle">
        <input
          id={id}
          name={name}
          type="checkbox"
          value="ja"
          class="calc-checkbox"
          checked={value === 'ja'}
          aria-describedby={hintId}
          onChange={(e) => onChange(field.key, e.currentTarget.checked ? 'ja' : 'nee')}
        />
        <div>
          <label for={id}>{field.label}</label>
          {hint && (
            <p id={hintId} class="calc-hint">
              {hint}
            </p>
          )}
        </div>
      </div>
    );
  }
  const unitId = field.unit ? `${id}-unit` : undefined;
  const describedBy = [hintId, unitId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div class={error ? 'calc-field calc-field-invalid' : 'calc-field'}>
      <label for={id} class="calc-label">
        {field.label}
      </label>
      {hint && (
        <p id={hintId} class="calc-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} class="calc-error">
          <span class="sr-only">Fout: </span>
          {error}
        </p>
      )}
      <div class="calc-control">
        <input
          id={id}
          name={name}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellcheck={false}
          class="calc-input"
          value={value}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={describedBy}
          onInput={(e) => onChange(field.key, e.currentTarget.value)}
        />
        {field.unit && (
          <span id={unitId} class="calc-unit">
            {field.unit}
          </span>
        )}
      </div>
    </div>
  );
}
