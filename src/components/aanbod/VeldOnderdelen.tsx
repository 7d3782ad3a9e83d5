// Small building blocks of one form field: label, hint and inline error (GOV.UK / NL Design System pattern).
import type { ComponentChildren } from 'preact';
import type { AanbodVeld } from '../../lib/aanbod/velden';
import { foutId, hintId } from './veld-ids';

export const invoerKlasse = (fout?: string) =>
  `mt-1 block w-full rounded border-2 bg-white px-3 py-2 text-base text-ink ${fout ? 'border-red-700' : 'border-ink'}`;

export function Hint({ veld, children }: { veld: AanbodVeld; children?: ComponentChildren }) {
  return children ? (
    <p id={hintId(veld)} class="mt-1 text-muted">
      {children}
    </p>
  ) : null;
}

export function FoutMelding({ veld, fout }: { veld: AanbodVeld; fout?: string }) {
  return fout ? (
    <p id={foutId(veld)} class="mt-1 font-bold text-red-700">
      <span class="sr-only">Fout: </span>
      {fout}
    </p>
  ) : null;
}

/** Wrapper that marks a field with an error by a red bar on the left. */
export function VeldGroep({ fout, children }: { fout?: string; children: ComponentChildren }) {
  return <div class={`mb-6 ${fout ? 'border-l-4 border-red-700 pl-3' : ''}`}>{children}</div>;
}
