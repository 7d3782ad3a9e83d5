// The three boxes of the GOV.UK date input. In a file of its own: the calculator islands load it without the rest of
// the form kit's parts, which keeps them within their JavaScript budget.
import {
  DATE_PART_LABELS,
  DATE_PART_NAMES,
  datePartName,
  splitDateValue,
  typedDateValue,
  type DatePart,
} from '../../lib/forms/date-parts';
import { datePartId } from './field-ids';

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
      {DATE_PART_NAMES.map((part) => {
        const boxId = datePartId(id, part);
        return (
          <div>
            <label for={boxId} class="block">
              {DATE_PART_LABELS[part]}
            </label>
            <input
              id={boxId}
              name={datePartName(name, part)}
              value={parts[part]}
              inputMode="numeric"
              class={boxClass(part)}
              aria-invalid={invalid || undefined}
              onInput={(e) => onChange(typedDateValue({ ...parts, [part]: e.currentTarget.value }))}
            />
          </div>
        );
      })}
    </div>
  );
}
