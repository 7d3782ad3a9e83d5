// Keeps the form's draft in localStorage: restore once while hydrating, save on every change.
import type { Dispatch, StateUpdater } from 'preact/hooks';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { loadDraft, saveDraft } from '../../lib/offer/draft';
import type { OfferInput } from '../../lib/offer/fields';
import { withTypedBeforeHydration } from '../../lib/site/typed-values';

export function useDraft(
  values: OfferInput,
  setValues: Dispatch<StateUpdater<OfferInput>>,
  /** The form as the server rendered it: empty, or the answers it sent back after an error. */
  initial: OfferInput,
  fromServer: boolean,
  typedBeforeHydration: Partial<OfferInput>,
) {
  const [restored, setRestored] = useState(false);
  const loaded = useRef(false);

  // A layout effect runs while Preact hydrates, before any event can reach the form: a plain effect waits for the next
  // frame, and restoring the draft then would overwrite what a person typed in between.
  useLayoutEffect(() => {
    // Values the server sent back (after an error) win over an older draft; what was typed before hydration wins over
    // both, and whatever is typed after hydration over everything.
    const draft = fromServer ? null : loadDraft(window.localStorage);
    if (draft) {
      setValues((current) => withTypedBeforeHydration(current, initial, { ...draft, ...typedBeforeHydration }));
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
