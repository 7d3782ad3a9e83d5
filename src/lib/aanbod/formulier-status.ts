// Hands the state of a rejected no-JavaScript submission from POST /api/aanbod to the page that shows the
// form again (via Astro's rewrite, which keeps `locals`). A symbol key keeps it out of the shared App.Locals type.
import type { FormulierHerhaling } from './handler';

const SLEUTEL = Symbol.for('wep.aanbod.formulier');

export function zetFormulierStatus(locals: object, status: FormulierHerhaling): void {
  (locals as Record<symbol, unknown>)[SLEUTEL] = status;
}

export function leesFormulierStatus(locals: object): FormulierHerhaling | undefined {
  return (locals as Record<symbol, FormulierHerhaling | undefined>)[SLEUTEL];
}
