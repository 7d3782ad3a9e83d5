import { describe, expect, it } from 'vitest';
import { bewaarConcept, CONCEPT_BEWAARTIJD_MS, CONCEPT_SLEUTEL, laadConcept, wisConcept } from '../../../src/lib/aanbod/concept';
import { geldigeInvoer } from '../../support/aanbod-fixture';

function geheugenOpslag() {
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
    const opslag = geheugenOpslag();
    expect(bewaarConcept(opslag, geldigeInvoer({ website: 'spam', referentie: 'abc' }), 1000)).toBe(true);
    const opgeslagen = JSON.parse(opslag.data.get(CONCEPT_SLEUTEL)!);
    expect(opgeslagen.velden).not.toHaveProperty('privacy');
    expect(opgeslagen.velden).not.toHaveProperty('website');
    expect(opgeslagen.velden).not.toHaveProperty('referentie');
    const terug = laadConcept(opslag, 2000)!;
    expect(terug).toEqual({ ...geldigeInvoer(), privacy: '', website: '', referentie: '' });
  });

  it('forgets a draft older than 30 days', () => {
    const opslag = geheugenOpslag();
    bewaarConcept(opslag, geldigeInvoer(), 0);
    expect(laadConcept(opslag, CONCEPT_BEWAARTIJD_MS + 1)).toBeNull();
    expect(opslag.data.size).toBe(0);
  });

  it('ignores unreadable or foreign data', () => {
    const opslag = geheugenOpslag();
    opslag.setItem(CONCEPT_SLEUTEL, '{kapot');
    expect(laadConcept(opslag)).toBeNull();
    opslag.setItem(CONCEPT_SLEUTEL, JSON.stringify({ opgeslagen: Date.now(), velden: { organisatie: 5, onbekend: 'x', privacy: 'ja' } }));
    const terug = laadConcept(opslag)!;
    expect(terug.organisatie).toBe('');
    expect(terug.privacy).toBe('');
    expect('onbekend' in terug).toBe(false);
  });

  it('removes the draft when the form is empty or cleared, and survives blocked storage', () => {
    const opslag = geheugenOpslag();
    bewaarConcept(opslag, geldigeInvoer());
    bewaarConcept(opslag, { ...geldigeInvoer(), ...Object.fromEntries(Object.keys(geldigeInvoer()).map((k) => [k, ''])) });
    expect(opslag.data.size).toBe(0);
    bewaarConcept(opslag, geldigeInvoer());
    wisConcept(opslag);
    expect(opslag.data.size).toBe(0);
    const geblokkeerd = { getItem: () => { throw new Error('blocked'); }, setItem: () => { throw new Error('blocked'); }, removeItem: () => { throw new Error('blocked'); } };
    expect(bewaarConcept(geblokkeerd, geldigeInvoer())).toBe(false);
    expect(laadConcept(geblokkeerd)).toBeNull();
    expect(() => wisConcept(geblokkeerd)).not.toThrow();
  });
});
