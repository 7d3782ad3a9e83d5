import type { FieldSpec } from '../../lib/calculators/form-model';
import { DateBoxes } from '../forms/DateBoxes';
import { ErrorMessage, Hint } from '../forms/FieldParts';

interface Props {
  field: FieldSpec;
  /** The field's hint for the chosen year (see fieldHint). */
  hint: string | undefined;
  /** Prefix that makes element ids unique per calculator. */
  idPrefix: string;
  /** Control name: the field's query parameter, so the value survives a submit before hydration. */
  name: string;
  value: string;
  error?: string | undefined;
  /**
   * For a number with two readings: each reading as a link that fills it in. Without JavaScript the link opens the
   * result page for that reading; with JavaScript it sets the field.
   */
  choices?: { text: string; href: string }[] | undefined;
  onChange: (key: string, value: string) => void;
}

/**
 * One labelled input (text for numbers, the form kit's three boxes for a date, a checkbox for toggles) with hint, unit
 * and inline error.
 */
export function CalculatorField({ field, hint, idPrefix, name, value, error, choices, onChange }: Props) {
  const id = `${idPrefix}-${field.key}`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const choose = (event: Event, text: string) => {
    event.preventDefault();
    onChange(field.key, text);
    document.getElementById(id)?.focus();
  };
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
          <Hint field={field.key} id={`${id}-hint`} class="calc-hint">
            {hint}
          </Hint>
        </div>
      </div>
    );
  }
  const unit = field.kind === 'number' ? field.unit : undefined;
  const unitId = unit ? `${id}-unit` : undefined;
  const describedBy = [hintId, unitId, errorId].filter(Boolean).join(' ') || undefined;
  const classes = [
    'calc-field',
    error && 'calc-field-invalid',
    field.kind === 'number' && field.showIf && 'calc-subfield',
  ];
  const isDate = field.kind === 'date';
  // A date is the form kit's three boxes (GOV.UK date input) in a fieldset: the legend is the question, and the day
  // box has the field's id (error links point at it).
  const Group = isDate ? 'fieldset' : 'div';
  return (
    <Group class={classes.filter(Boolean).join(' ')} aria-describedby={isDate ? describedBy : undefined}>
      {isDate ? (
        <legend class="calc-label">{field.label}</legend>
      ) : (
        <label for={id} class="calc-label">
          {field.label}
        </label>
      )}
      <Hint field={field.key} id={`${id}-hint`} class="calc-hint">
        {hint}
      </Hint>
      <ErrorMessage field={field.key} error={error} id={`${id}-error`} class="calc-error">
        {choices
          ? [
              ...choices.map((choice, index) => (
                <>
                  {index === 0 ? 'Bedoelt u ' : ' of '}
                  <a key={choice.text} href={choice.href} onClick={(e) => choose(e, choice.text)}>
                    {choice.text}
                  </a>
                </>
              )),
              '?',
            ]
          : error}
      </ErrorMessage>
      {isDate ? (
        <DateBoxes
          id={id}
          name={name}
          value={value}
          invalid={Boolean(error)}
          boxClass={(part) => `calc-input calc-date-${part}`}
          onChange={(typed) => onChange(field.key, typed)}
        />
      ) : (
        <div class="calc-control">
          <input
            id={id}
            name={name}
            inputMode="decimal"
            autoComplete="off"
            spellcheck={false}
            class="calc-input"
            value={value}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={describedBy}
            onInput={(e) => onChange(field.key, e.currentTarget.value)}
          />
          {unit && (
            <span id={unitId} class="calc-unit">
              {unit}
            </span>
          )}
        </div>
      )}
    </Group>
  );
}
