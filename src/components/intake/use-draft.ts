// Keeps an intake form's draft in the browser's storage: restore once while hydrating, save on every change.
import type { Dispatch, StateUpdater } from 'preact/hooks';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { draftStore } from '../../lib/intake/draft';
import { withTypedBeforeHydration } from '../../lib/site/typed-values';

type Store<Input extends Record<string, string>> = ReturnType<typeof draftStore<Input>>;

export function useDraft<Input extends Record<string, string>>(
  store: Store<Input>,
  /** The storage, read only in the browser (localStorage or sessionStorage). */
  storage: () => Storage,
  values: Input,
  setValues: Dispatch<StateUpdater<Input>>,
  /** The form as the server rendered it: empty, or the answers it sent back after an error. */
  initial: Input,
  fromServer: boolean,
  typedBeforeHydration: Partial<Input>,
) {
  const [restored, setRestored] = useState(false);
  const loaded = useRef(false);

  // A layout effect runs while Preact hydrates, before any event can reach the form: a plain effect waits for the next
  // frame, and restoring the draft then would overwrite what a person typed in between.
  useLayoutEffect(() => {
    // Values the server sent back (after an error) win over an older draft; what was typed before hydration wins over
    // both, and whatever is typed after hydration over everything.
    const draft = fromServer ? null : store.load(storage());
    if (draft) {
      setValues((current) => withTypedBeforeHydration(current, initial, { ...draft, ...typedBeforeHydration }));
      setRestored(true);
    }
    loaded.current = true;
  }, []);

  // Saved right away (a few kilobytes, far below a millisecond): a debounce could save again after a success.
  useEffect(() => {
    if (loaded.current) store.save(storage(), values);
  }, [values]);

  return { restored, setRestored };
}
