// Keeps the form's draft in localStorage: restore once after hydration, save on every change.
import { useEffect, useRef, useState } from 'preact/hooks';
import { bewaarConcept, laadConcept } from '../../lib/aanbod/concept';
import type { AanbodInvoer } from '../../lib/aanbod/velden';

export function gebruikConcept(
  waarden: AanbodInvoer,
  zetWaarden: (invoer: AanbodInvoer) => void,
  serverWaarden: boolean,
  getypt: Partial<AanbodInvoer>,
) {
  const [teruggezet, zetTeruggezet] = useState(false);
  const geladen = useRef(false);

  useEffect(() => {
    // Values the server sent back (after an error) win over an older draft; what was typed before hydration wins over both.
    const concept = serverWaarden ? null : laadConcept(window.localStorage);
    if (concept) {
      zetWaarden({ ...concept, ...getypt });
      zetTeruggezet(true);
    }
    geladen.current = true;
  }, []);

  // Saved right away (a few kilobytes, far below a millisecond): a debounce could save again after a success.
  useEffect(() => {
    if (geladen.current) bewaarConcept(window.localStorage, waarden);
  }, [waarden]);

  return { teruggezet, zetTeruggezet };
}
