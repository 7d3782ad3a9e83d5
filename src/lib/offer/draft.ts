// The draft of the offer form in the browser's storage: saved while typing, restored after a reload or a failed
// send, removed after a successful send or after 30 days. The consent box, the honeypot and the reference are
// never stored. The storage is passed in, so this stays testable without a browser.
import { emptyInput, type OfferInput, type OfferInputName } from './fields';

export const DRAFT_STORAGE_KEY = 'wep-aanbod-concept';
export const DRAFT_LIFETIME_MS = 30 * 24 * 60 * 60 * 1000;

type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const NEVER_STORED = new Set<OfferInputName>(['privacy', 'website', 'referentie']);

/** Saves the typed values; returns false when storage is unavailable (private mode, full, blocked). */
export function saveDraft(storage: DraftStorage, input: OfferInput, now = Date.now()): boolean {
  const fields = Object.fromEntries(
    Object.entries(input).filter(([name, value]) => !NEVER_STORED.has(name as OfferInputName) && value !== ''),
  );
  try {
    if (Object.keys(fields).length === 0) storage.removeItem(DRAFT_STORAGE_KEY);
    // The stored keys are Dutch ("opgeslagen", "velden") so drafts saved by earlier versions keep working.
    else storage.setItem(DRAFT_STORAGE_KEY, JSON.stringify({ opgeslagen: now, velden: fields }));
    return true;
  } catch {
    return false;
  }
}

/** The saved draft as a complete form, or null when there is none, it is unreadable or too old. */
export function loadDraft(storage: DraftStorage, now = Date.now()): OfferInput | null {
  try {
    const text = storage.getItem(DRAFT_STORAGE_KEY);
    if (!text) return null;
    const { opgeslagen: savedAt, velden: fields } = JSON.parse(text) as { opgeslagen?: unknown; velden?: unknown };
    if (typeof savedAt !== 'number' || now - savedAt > DRAFT_LIFETIME_MS || !fields || typeof fields !== 'object') {
      storage.removeItem(DRAFT_STORAGE_KEY);
      return null;
    }
    const input = emptyInput();
    for (const [name, value] of Object.entries(fields)) {
      if (Object.hasOwn(input, name) && !NEVER_STORED.has(name as OfferInputName) && typeof value === 'string') {
        input[name as OfferInputName] = value;
      }
    }
    return input;
  } catch {
    return null;
  }
}

export function clearDraft(storage: DraftStorage): void {
  try {
    storage.removeItem(DRAFT_STORAGE_KEY);
  } catch {
    // Storage blocked: nothing was saved either.
  }
}
