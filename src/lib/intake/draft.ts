// The draft of an intake form in the browser's storage: saved while typing, restored after a reload or a failed send,
// removed after a successful send or when too old. Consent, the honeypot and the reference are never stored. The
// storage is passed in (localStorage for the offer, sessionStorage for the request), so this stays testable.

type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

interface DraftOptions<Input extends Record<string, string>> {
  /** The storage key, e.g. `wep-aanbod-concept` (named in the privacy statement). */
  key: string;
  /** How long a draft stays usable. */
  lifetimeMs: number;
  /** An empty form: the names a draft may hold. */
  emptyInput: () => Input;
}

const NEVER_STORED = new Set(['privacy', 'website', 'referentie']);

export function draftStore<Input extends Record<string, string>>({ key, lifetimeMs, emptyInput }: DraftOptions<Input>) {
  /** Saves the typed values; returns false when storage is unavailable (private mode, full, blocked). */
  function save(storage: DraftStorage, input: Input, now = Date.now()): boolean {
    const fields = Object.fromEntries(
      Object.entries(input).filter(([name, value]) => !NEVER_STORED.has(name) && value !== ''),
    );
    try {
      if (Object.keys(fields).length === 0) storage.removeItem(key);
      // The stored keys are Dutch ("opgeslagen", "velden") so drafts saved by earlier versions keep working.
      else storage.setItem(key, JSON.stringify({ opgeslagen: now, velden: fields }));
      return true;
    } catch {
      return false;
    }
  }

  /** The saved draft as a complete form, or null when there is none, it is unreadable or too old. */
  function load(storage: DraftStorage, now = Date.now()): Input | null {
    try {
      const text = storage.getItem(key);
      if (!text) return null;
      const { opgeslagen: savedAt, velden: fields } = JSON.parse(text) as { opgeslagen?: unknown; velden?: unknown };
      if (typeof savedAt !== 'number' || now - savedAt > lifetimeMs || !fields || typeof fields !== 'object') {
        storage.removeItem(key);
        return null;
      }
      const input: Record<string, string> = emptyInput();
      for (const [name, value] of Object.entries(fields)) {
        if (Object.hasOwn(input, name) && !NEVER_STORED.has(name) && typeof value === 'string') input[name] = value;
      }
      return input as Input;
    } catch {
      return null;
    }
  }

  function clear(storage: DraftStorage): void {
    try {
      storage.removeItem(key);
    } catch {
      // Storage blocked: nothing was saved either.
    }
  }

  return { save, load, clear };
}
