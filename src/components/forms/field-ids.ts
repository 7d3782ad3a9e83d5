// The ids of a form's parts. They are part of the page (error links point to them), so they keep their Dutch form.
import type { DatePart } from '../../lib/forms/date-parts';

/** Id of the control an error links to (radio groups: the first option; date inputs: the day box). */
export const fieldId = (field: string) => `veld-${field}`;
export const hintId = (field: string) => `veld-${field}-hint`;
export const errorId = (field: string) => `veld-${field}-fout`;

/** aria-describedby for a control: its hint and its error, when present. */
export function describedBy(field: string, hint: boolean, error: boolean): string | undefined {
  const ids = [hint && hintId(field), error && errorId(field)].filter(Boolean).join(' ');
  return ids || undefined;
}

/** Id of one box of a date input whose day box has `id` (error links point at the day box): `<id>-maand`, `<id>-jaar`. */
export const datePartId = (id: string, part: DatePart) => (part === 'dag' ? id : `${id}-${part}`);
