import type { AanbodVeld } from '../../lib/aanbod/velden';

/** Id of the control an error links to (for radio groups: the first option). */
export const veldId = (veld: AanbodVeld) => `veld-${veld}`;
export const hintId = (veld: AanbodVeld) => `veld-${veld}-hint`;
export const foutId = (veld: AanbodVeld) => `veld-${veld}-fout`;

/** aria-describedby for a control: its hint and its error, when present. */
export function beschrijving(veld: AanbodVeld, hint: boolean, fout: boolean): string | undefined {
  const ids = [hint && hintId(veld), fout && foutId(veld)].filter(Boolean).join(' ');
  return ids || undefined;
}
