// The field types of the offer form. Every control has a visible label, an optional hint and an inline error.
import type { InputHTMLAttributes } from 'preact';
import type { AanbodVeld } from '../../lib/aanbod/velden';
import { beschrijving, veldId } from './veld-ids';
import { FoutMelding, Hint, VeldGroep, invoerKlasse } from './VeldOnderdelen';

interface Basis {
  veld: AanbodVeld;
  label: string;
  waarde: string;
  fout?: string;
  hint?: string;
  optioneel?: boolean;
  onWijzig: (veld: AanbodVeld, waarde: string) => void;
}

function Label({ veld, label, optioneel }: Pick<Basis, 'veld' | 'label' | 'optioneel'>) {
  return (
    <label for={veldId(veld)} class="block font-bold">
      {label}
      {optioneel && <span class="font-normal"> (optioneel)</span>}
    </label>
  );
}

type TekstVeldProps = Basis & Pick<InputHTMLAttributes, 'type' | 'autoComplete' | 'inputMode' | 'spellcheck'> & { breedte?: string };

export function TekstVeld({ veld, label, waarde, fout, hint, optioneel, onWijzig, breedte = 'max-w-xl', ...rest }: TekstVeldProps) {
  return (
    <VeldGroep fout={fout}>
      <Label veld={veld} label={label} optioneel={optioneel} />
      <Hint veld={veld}>{hint}</Hint>
      <FoutMelding veld={veld} fout={fout} />
      <input
        id={veldId(veld)}
        name={veld}
        value={waarde}
        class={`${invoerKlasse(fout)} ${breedte}`}
        aria-invalid={fout ? 'true' : undefined}
        aria-describedby={beschrijving(veld, Boolean(hint), Boolean(fout))}
        onInput={(e) => onWijzig(veld, e.currentTarget.value)}
        {...rest}
        type={rest.type ?? 'text'}
      />
    </VeldGroep>
  );
}

export function TekstVak({ veld, label, waarde, fout, hint, optioneel, onWijzig, rijen = 5 }: Basis & { rijen?: number }) {
  return (
    <VeldGroep fout={fout}>
      <Label veld={veld} label={label} optioneel={optioneel} />
      <Hint veld={veld}>{hint}</Hint>
      <FoutMelding veld={veld} fout={fout} />
      <textarea
        id={veldId(veld)}
        name={veld}
        rows={rijen}
        value={waarde}
        class={`${invoerKlasse(fout)} max-w-2xl`}
        aria-invalid={fout ? 'true' : undefined}
        aria-describedby={beschrijving(veld, Boolean(hint), Boolean(fout))}
        onInput={(e) => onWijzig(veld, e.currentTarget.value)}
      />
    </VeldGroep>
  );
}

export function KeuzeLijst({ veld, label, waarde, fout, hint, onWijzig, opties }: Basis & { opties: { id: string; naam: string }[] }) {
  return (
    <VeldGroep fout={fout}>
      <Label veld={veld} label={label} />
      <Hint veld={veld}>{hint}</Hint>
      <FoutMelding veld={veld} fout={fout} />
      <select
        id={veldId(veld)}
        name={veld}
        value={waarde}
        class={`${invoerKlasse(fout)} max-w-md`}
        aria-invalid={fout ? 'true' : undefined}
        aria-describedby={beschrijving(veld, Boolean(hint), Boolean(fout))}
        onChange={(e) => onWijzig(veld, e.currentTarget.value)}
      >
        <option value="">Kies een sector</option>
        {opties.map((optie) => (
          <option key={optie.id} value={optie.id} selected={optie.id === waarde}>
            {optie.naam}
          </option>
        ))}
      </select>
    </VeldGroep>
  );
}

/** Radio buttons in a fieldset; the legend is the question. The first option carries the field id for error links. */
export function RadioGroep({ veld, label, waarde, fout, hint, onWijzig, keuzes }: Basis & { keuzes: Record<string, string> }) {
  return (
    <VeldGroep fout={fout}>
      <fieldset aria-describedby={beschrijving(veld, Boolean(hint), Boolean(fout))}>
        <legend class="font-bold">{label}</legend>
        <Hint veld={veld}>{hint}</Hint>
        <FoutMelding veld={veld} fout={fout} />
        <div class="mt-2 flex flex-wrap gap-x-6 gap-y-2">
          {Object.entries(keuzes).map(([waardeOptie, tekst], index) => {
            const id = index === 0 ? veldId(veld) : `${veldId(veld)}-${waardeOptie}`;
            return (
              <div key={waardeOptie} class="flex items-center gap-2">
                <input
                  type="radio"
                  id={id}
                  name={veld}
                  value={waardeOptie}
                  checked={waarde === waardeOptie}
                  class="h-6 w-6 accent-brand-700"
                  onChange={() => onWijzig(veld, waardeOptie)}
                />
                <label for={id} class="py-1">
                  {tekst}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </VeldGroep>
  );
}

export function Toestemming({ veld, waarde, fout, onWijzig, children }: Omit<Basis, 'label'> & { children: preact.ComponentChildren }) {
  return (
    <VeldGroep fout={fout}>
      <FoutMelding veld={veld} fout={fout} />
      <div class="flex items-start gap-3">
        <input
          type="checkbox"
          id={veldId(veld)}
          name={veld}
          value="ja"
          checked={waarde === 'ja'}
          class="mt-1 h-6 w-6 shrink-0 accent-brand-700"
          aria-invalid={fout ? 'true' : undefined}
          aria-describedby={beschrijving(veld, false, Boolean(fout))}
          onChange={(e) => onWijzig(veld, e.currentTarget.checked ? 'ja' : '')}
        />
        <label for={veldId(veld)}>{children}</label>
      </div>
    </VeldGroep>
  );
}
