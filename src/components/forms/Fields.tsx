// The field types of the intake forms. Every control has a visible label, an optional hint and an inline error;
// radio buttons and checkboxes have a click target of at least 44 by 44 pixels (the whole label).
import type { ComponentChildren, InputHTMLAttributes } from 'preact';
import { describedBy, fieldId } from './field-ids';
import { DateBoxes } from './DateBoxes';
import { ErrorMessage, FieldGroup, Hint, Label, dateBoxClass, inputClass } from './FieldParts';

export interface BaseProps<F extends string> {
  field: F;
  label: string;
  value: string;
  error?: string;
  hint?: ComponentChildren;
  optional?: boolean;
  onChange: (field: F, value: string) => void;
}

const invalid = (error?: string) => (error ? ('true' as const) : undefined);

/** A text, textarea or select control's label, hint and error above it, with a red bar while it has an error. */
function LabelledControl({
  field,
  label,
  hint,
  error,
  optional,
  children,
}: Pick<BaseProps<string>, 'field' | 'label' | 'hint' | 'error' | 'optional'> & { children: ComponentChildren }) {
  return (
    <FieldGroup error={error}>
      <Label field={field} label={label} optional={optional} />
      <Hint field={field}>{hint}</Hint>
      <ErrorMessage field={field} error={error} />
      {children}
    </FieldGroup>
  );
}

/** What every labelled control carries: its id and name, and its state for assistive technology. */
const controlProps = (field: string, hint: ComponentChildren, error: string | undefined) => ({
  id: fieldId(field),
  name: field,
  'aria-invalid': invalid(error),
  'aria-describedby': describedBy(field, Boolean(hint), Boolean(error)),
});

type TextFieldProps<F extends string> = BaseProps<F> &
  Pick<InputHTMLAttributes, 'type' | 'autoComplete' | 'inputMode' | 'spellcheck' | 'maxLength'> & { width?: string };

export function TextField<F extends string>({
  field,
  label,
  value,
  error,
  hint,
  optional,
  onChange,
  width = 'max-w-xl',
  ...rest
}: TextFieldProps<F>) {
  return (
    <LabelledControl field={field} label={label} hint={hint} error={error} optional={optional}>
      <input
        {...controlProps(field, hint, error)}
        value={value}
        class={`${inputClass(error)} ${width}`}
        onInput={(e) => onChange(field, e.currentTarget.value)}
        {...rest}
        type={rest.type ?? 'text'}
      />
    </LabelledControl>
  );
}

export function TextArea<F extends string>({
  field,
  label,
  value,
  error,
  hint,
  optional,
  onChange,
  rows = 5,
}: BaseProps<F> & { rows?: number }) {
  return (
    <LabelledControl field={field} label={label} hint={hint} error={error} optional={optional}>
      <textarea
        {...controlProps(field, hint, error)}
        rows={rows}
        value={value}
        class={`${inputClass(error)} max-w-2xl`}
        onInput={(e) => onChange(field, e.currentTarget.value)}
      />
    </LabelledControl>
  );
}

export function SelectField<F extends string>({
  field,
  label,
  value,
  error,
  hint,
  onChange,
  options,
  placeholder,
}: BaseProps<F> & { options: { id: string; naam: string }[]; placeholder: string }) {
  return (
    <LabelledControl field={field} label={label} hint={hint} error={error}>
      <select
        {...controlProps(field, hint, error)}
        value={value}
        class={`${inputClass(error)} max-w-md`}
        onChange={(e) => onChange(field, e.currentTarget.value)}
      >
        <option value="">{placeholder}</option>
        {options.map((option) => (
          <option key={option.id} value={option.id} selected={option.id === value}>
            {option.naam}
          </option>
        ))}
      </select>
    </LabelledControl>
  );
}

/** One radio button or checkbox: the label wraps the box, so the whole line (at least 44 px high) is the target. */
function Choice({
  id,
  type,
  name,
  value,
  checked,
  onChange,
  children,
  describedBy: description,
  error,
}: {
  id: string;
  type: 'radio' | 'checkbox';
  name: string;
  value: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  children: ComponentChildren;
  describedBy?: string;
  error?: string;
}) {
  return (
    <label for={id} class="flex min-h-11 min-w-11 cursor-pointer items-start gap-3 py-2.5 pr-2">
      <input
        type={type}
        id={id}
        name={name}
        value={value}
        checked={checked}
        class="h-6 w-6 shrink-0 cursor-pointer accent-brand-700"
        aria-invalid={invalid(error)}
        aria-describedby={description}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      <span>{children}</span>
    </label>
  );
}

/** Radio buttons in a fieldset; the legend is the question. The first option carries the field id for error links. */
export function RadioGroup<F extends string>({
  field,
  label,
  value,
  error,
  hint,
  onChange,
  choices,
  stacked,
}: BaseProps<F> & { choices: Record<string, string>; stacked?: boolean }) {
  return (
    <FieldGroup error={error}>
      <fieldset aria-describedby={describedBy(field, Boolean(hint), Boolean(error))}>
        <legend class="font-bold">{label}</legend>
        <Hint field={field}>{hint}</Hint>
        <ErrorMessage field={field} error={error} />
        <div class={stacked ? 'mt-1' : 'mt-1 flex flex-wrap gap-x-6'}>
          {Object.entries(choices).map(([choice, text], index) => (
            <Choice
              key={choice}
              id={index === 0 ? fieldId(field) : `${fieldId(field)}-${choice}`}
              type="radio"
              name={field}
              value={choice}
              checked={value === choice}
              onChange={() => onChange(field, choice)}
            >
              {text}
            </Choice>
          ))}
        </div>
      </fieldset>
    </FieldGroup>
  );
}

/** One checkbox that must or may be ticked (posts `ja`); the children are its label. */
export function Checkbox<F extends string>({
  field,
  value,
  error,
  hint,
  onChange,
  children,
}: Omit<BaseProps<F>, 'label'> & { children: ComponentChildren }) {
  return (
    <FieldGroup error={error}>
      <Hint field={field}>{hint}</Hint>
      <ErrorMessage field={field} error={error} />
      <Choice
        id={fieldId(field)}
        type="checkbox"
        name={field}
        value="ja"
        checked={value === 'ja'}
        error={error}
        describedBy={describedBy(field, Boolean(hint), Boolean(error))}
        onChange={(checked) => onChange(field, checked ? 'ja' : '')}
      >
        {children}
      </Choice>
    </FieldGroup>
  );
}

/**
 * A date in three boxes (dag, maand, jaar), the GOV.UK pattern: easier to type on a phone and readable to every
 * screen reader, where a native date field is not. The boxes post `<field>-dag`, `-maand` and `-jaar`; the server
 * joins them (src/lib/forms/date-parts.ts). The value is `jaar-maand-dag` as typed; the day box carries the field id.
 */
export function DateInput<F extends string>({ field, label, value, error, hint, optional, onChange }: BaseProps<F>) {
  return (
    <FieldGroup error={error}>
      <fieldset aria-describedby={describedBy(field, Boolean(hint), Boolean(error))}>
        <legend class="font-bold">
          {label}
          {optional && <span class="font-normal"> (optioneel)</span>}
        </legend>
        <Hint field={field}>{hint}</Hint>
        <ErrorMessage field={field} error={error} />
        <DateBoxes
          id={fieldId(field)}
          name={field}
          value={value}
          invalid={Boolean(error)}
          boxClass={(part) => dateBoxClass(error, part)}
          onChange={(typed) => onChange(field, typed)}
        />
      </fieldset>
    </FieldGroup>
  );
}
