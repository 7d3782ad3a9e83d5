// The field types of the offer form. Every control has a visible label, an optional hint and an inline error.
import type { ComponentChildren, InputHTMLAttributes } from 'preact';
import type { OfferField } from '../../lib/offer/fields';
import { describedBy, fieldId } from './field-ids';
import { ErrorMessage, FieldGroup, Hint, inputClass } from './FieldParts';

interface BaseProps {
  field: OfferField;
  label: string;
  value: string;
  error?: string;
  hint?: string;
  optional?: boolean;
  onChange: (field: OfferField, value: string) => void;
}

function Label({ field, label, optional }: Pick<BaseProps, 'field' | 'label' | 'optional'>) {
  return (
    <label for={fieldId(field)} class="block font-bold">
      {label}
      {optional && <span class="font-normal"> (optioneel)</span>}
    </label>
  );
}

type TextFieldProps = BaseProps &
  Pick<InputHTMLAttributes, 'type' | 'autoComplete' | 'inputMode' | 'spellcheck'> & { width?: string };

export function TextField({
  field,
  label,
  value,
  error,
  hint,
  optional,
  onChange,
  width = 'max-w-xl',
  ...rest
}: TextFieldProps) {
  return (
    <FieldGroup error={error}>
      <Label field={field} label={label} optional={optional} />
      <Hint field={field}>{hint}</Hint>
      <ErrorMessage field={field} error={error} />
      <input
        id={fieldId(field)}
        name={field}
        value={value}
        class={`${inputClass(error)} ${width}`}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(field, Boolean(hint), Boolean(error))}
        onInput={(e) => onChange(field, e.currentTarget.value)}
        {...rest}
        type={rest.type ?? 'text'}
      />
    </FieldGroup>
  );
}

export function TextArea({
  field,
  label,
  value,
  error,
  hint,
  optional,
  onChange,
  rows = 5,
}: BaseProps & { rows?: number }) {
  return (
    <FieldGroup error={error}>
      <Label field={field} label={label} optional={optional} />
      <Hint field={field}>{hint}</Hint>
      <ErrorMessage field={field} error={error} />
      <textarea
        id={fieldId(field)}
        name={field}
        rows={rows}
        value={value}
        class={`${inputClass(error)} max-w-2xl`}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(field, Boolean(hint), Boolean(error))}
        onInput={(e) => onChange(field, e.currentTarget.value)}
      />
    </FieldGroup>
  );
}

export function SelectField({
  field,
  label,
  value,
  error,
  hint,
  onChange,
  options,
}: BaseProps & { options: { id: string; naam: string }[] }) {
  return (
    <FieldGroup error={error}>
      <Label field={field} label={label} />
      <Hint field={field}>{hint}</Hint>
      <ErrorMessage field={field} error={error} />
      <select
        id={fieldId(field)}
        name={field}
        value={value}
        class={`${inputClass(error)} max-w-md`}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(field, Boolean(hint), Boolean(error))}
        onChange={(e) => onChange(field, e.currentTarget.value)}
      >
        <option value="">Kies een sector</option>
        {options.map((option) => (
          <option key={option.id} value={option.id} selected={option.id === value}>
            {option.naam}
          </option>
        ))}
      </select>
    </FieldGroup>
  );
}

/** Radio buttons in a fieldset; the legend is the question. The first option carries the field id for error links. */
export function RadioGroup({
  field,
  label,
  value,
  error,
  hint,
  onChange,
  choices,
}: BaseProps & { choices: Record<string, string> }) {
  return (
    <FieldGroup error={error}>
      <fieldset aria-describedby={describedBy(field, Boolean(hint), Boolean(error))}>
        <legend class="font-bold">{label}</legend>
        <Hint field={field}>{hint}</Hint>
        <ErrorMessage field={field} error={error} />
        <div class="mt-2 flex flex-wrap gap-x-6 gap-y-2">
          {Object.entries(choices).map(([choice, text], index) => {
            const id = index === 0 ? fieldId(field) : `${fieldId(field)}-${choice}`;
            return (
              <div key={choice} class="flex items-center gap-2">
                <input
                  type="radio"
                  id={id}
                  name={field}
                  value={choice}
                  checked={value === choice}
                  class="h-6 w-6 accent-brand-700"
                  onChange={() => onChange(field, choice)}
                />
                <label for={id} class="py-1">
                  {text}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </FieldGroup>
  );
}

export function Consent({
  field,
  value,
  error,
  onChange,
  children,
}: Omit<BaseProps, 'label'> & { children: ComponentChildren }) {
  return (
    <FieldGroup error={error}>
      <ErrorMessage field={field} error={error} />
      <div class="flex items-start gap-3">
        <input
          type="checkbox"
          id={fieldId(field)}
          name={field}
          value="ja"
          checked={value === 'ja'}
          class="mt-1 h-6 w-6 shrink-0 accent-brand-700"
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={describedBy(field, false, Boolean(error))}
          onChange={(e) => onChange(field, e.currentTarget.checked ? 'ja' : '')}
        />
        <label for={fieldId(field)}>{children}</label>
      </div>
    </FieldGroup>
  );
}
