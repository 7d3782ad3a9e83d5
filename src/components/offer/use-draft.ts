// Keeps the form's draft in localStorage: restore once after hydration, save on every change.
import { useEffect, useRef, useState } from 'preact/hooks';
import { loadDraft, saveDraft } from '../../lib/offer/draft';
import type { OfferInput } from '../../lib/offer/fields';

export function useDraft(
  values: OfferInput,
  setValues: (input: OfferInput) => void,
  fromServer: boolean,
  typedBeforeHydration: Partial<OfferInput>,
) {
  const [restored, setRestored] = useState(false);
  const loaded = useRef(false);

  useEffect(() => {
    // Values the server sent back (after an error) win over an older draft; what was typed before hydration wins over both.
    const draft = fromServer ? null : loadDraft(window.localStorage);
    if (draft) {
      setValues({ ...draft, ...typedBeforeHydration });
      setRestored(true);
    }
    loaded.current = true;
  }, []);

  // Saved right away (a few kilobytes, far below a millisecond): a debounce could save again after a success.
  useEffect(() => {
    if (loaded.current) saveDraft(window.localStorage, values);
  }, [values]);

  return { restored, setRestored };
}
