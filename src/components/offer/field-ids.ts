import type { OfferField } from '../../lib/offer/fields';

// The ids are part of the page (error links point to them), so they keep their Dutch form.

/** Id of the control an error links to (for radio groups: the first option). */
export const fieldId = (field: OfferField) => `veld-${field}`;
export const hintId = (field: OfferField) => `veld-${field}-hint`;
export const errorId = (field: OfferField) => `veld-${field}-fout`;

/** aria-describedby for a control: its hint and its error, when present. */
export function describedBy(field: OfferField, hint: boolean, error: boolean): string | undefined {
  const ids = [hint && hintId(field), error && errorId(field)].filter(Boolean).join(' ');
  return ids || undefined;
}
