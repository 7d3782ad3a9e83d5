import { describe, expect, it } from 'vitest';
import {
  clearDraft,
  DRAFT_LIFETIME_MS,
  DRAFT_STORAGE_KEY,
  loadDraft,
  saveDraft,
} from '../../../../src/lib/offer/draft';
import { validInput } from '../../../support/offer-fixture';

function memoryStorage() {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  };
}

describe('draft in localStorage', () => {
  it('saves the typed answers without consent, honeypot or reference and restores them', () => {
    const storage = memoryStorage();
    expect(saveDraft(storage, validInput({ website: 'spam', referentie: 'abc' }), 1000)).toBe(true);
    const saved = JSON.parse(storage.data.get(DRAFT_STORAGE_KEY)!);
    expect(saved.velden).not.toHaveProperty('privacy');
    expect(saved.velden).not.toHaveProperty('website');
    expect(saved.velden).not.toHaveProperty('referentie');
    expect(loadDraft(storage, 2000)).toEqual({ ...validInput(), privacy: '', website: '', referentie: '' });
  });

  it('forgets a draft older than 30 days', () => {
    const storage = memoryStorage();
    saveDraft(storage, validInput(), 0);
    expect(loadDraft(storage, DRAFT_LIFETIME_MS + 1)).toBeNull();
    expect(storage.data.size).toBe(0);
  });

  it('ignores unreadable or foreign data', () => {
    const storage = memoryStorage();
    storage.setItem(DRAFT_STORAGE_KEY, '{kapot');
    expect(loadDraft(storage)).toBeNull();
    storage.setItem(
      DRAFT_STORAGE_KEY,
      JSON.stringify({ opgeslagen: Date.now(), velden: { organisatie: 5, onbekend: 'x', privacy: 'ja' } }),
    );
    const restored = loadDraft(storage)!;
    expect(restored.organisatie).toBe('');
    expect(restored.privacy).toBe('');
    expect('onbekend' in restored).toBe(false);
  });

  it('removes the draft when the form is empty or cleared, and survives blocked storage', () => {
    const storage = memoryStorage();
    saveDraft(storage, validInput());
    saveDraft(storage, { ...validInput(), ...Object.fromEntries(Object.keys(validInput()).map((k) => [k, ''])) });
    expect(storage.data.size).toBe(0);
    saveDraft(storage, validInput());
    clearDraft(storage);
    expect(storage.data.size).toBe(0);
    const blocked = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('blocked');
      },
      removeItem: () => {
        throw new Error('blocked');
      },
    };
    expect(saveDraft(blocked, validInput())).toBe(false);
    expect(loadDraft(blocked)).toBeNull();
    expect(() => clearDraft(blocked)).not.toThrow();
  });
});
