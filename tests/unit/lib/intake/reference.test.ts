import { describe, expect, it } from 'vitest';
import {
  parseReference,
  randomReference,
  REFERENCE_ALPHABET,
  referenceFromDigest,
} from '../../../../src/lib/intake/reference';

const SHAPE = /^WP-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{2}$/;

describe('references', () => {
  it('use 31 symbols that cannot be mistaken for 0/O or 1/I/L', () => {
    expect(REFERENCE_ALPHABET).toHaveLength(31);
    expect(new Set(REFERENCE_ALPHABET).size).toBe(31);
    expect(REFERENCE_ALPHABET).not.toMatch(/[01OIL]/);
  });

  it('are at most 10 characters, as in WP-4F7K-2Q, and random ones differ', () => {
    const references = Array.from({ length: 2000 }, () => randomReference('WP'));
    expect(references.length).toBeGreaterThan(0);
    for (const reference of references) {
      expect(reference).toMatch(SHAPE);
      expect(reference.length).toBeLessThanOrEqual(10);
      expect(parseReference(reference, 'WP')).toBe(reference);
    }
    expect(new Set(references).size).toBeGreaterThan(1990);
  });

  it('use every symbol about equally often (no modulo bias)', () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 6200; i++)
      for (const symbol of randomReference('AV').replace(/-/g, '').slice(2, 7))
        counts.set(symbol, (counts.get(symbol) ?? 0) + 1);
    expect(counts.size).toBe(31);
    // 31,000 symbols, 1,000 expected each; 5 standard deviations is about ±160.
    for (const count of counts.values()) expect(Math.abs(count - 1000)).toBeLessThan(170);
  });

  it('take their randomness from the random source (crypto.getRandomValues by default)', () => {
    const bytes = (values: number[]) => (target: Uint8Array<ArrayBuffer>) => {
      target.set(values.slice(0, target.length));
      return target;
    };
    // 248 and above are skipped, the rest taken modulo 31.
    expect(randomReference('WP', bytes([250, 0, 1, 2, 3, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]))).toMatch(/^WP-2345-6.$/);
  });

  it('catch every single wrong character and every swap of two different characters with the check character', () => {
    const references = Array.from({ length: 200 }, () => randomReference('AV'));
    for (const reference of references) {
      const compact = reference.replace(/-/g, '');
      for (let i = 2; i < compact.length; i++) {
        for (const symbol of REFERENCE_ALPHABET) {
          if (symbol === compact[i]) continue;
          const wrong = compact.slice(0, i) + symbol + compact.slice(i + 1);
          expect(parseReference(wrong, 'AV')).toBeNull();
        }
        for (let j = i + 1; j < compact.length; j++) {
          if (compact[i] === compact[j]) continue;
          const swapped = [...compact];
          [swapped[i], swapped[j]] = [swapped[j]!, swapped[i]!];
          expect(parseReference(swapped.join(''), 'AV')).toBeNull();
        }
      }
    }
  });

  it('are read back however they are typed, but only for their own intake', () => {
    const reference = randomReference('WP');
    expect(parseReference(reference.toLowerCase(), 'WP')).toBe(reference);
    expect(parseReference(` ${reference.replace(/-/g, ' ')} `, 'WP')).toBe(reference);
    expect(parseReference(reference, 'AV')).toBeNull();
    expect(parseReference(`AV${reference.slice(2)}`, 'AV')).toBeNull();
    for (const wrong of ['', 'WP', '3b241101-e2bb-4255-8caf-4136c566a962', 'WP-0000-00', 'WP-ILO1-23', '../../x'])
      expect(parseReference(wrong, 'WP')).toBeNull();
  });

  it('can be derived from a digest: the same digest gives the same reference', () => {
    const digest = new Uint8Array(32).map((_, i) => (i * 37 + 11) % 256);
    const reference = referenceFromDigest('AV', digest);
    expect(reference).toMatch(/^AV-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{2}$/);
    expect(parseReference(reference, 'AV')).toBe(reference);
    expect(referenceFromDigest('AV', digest)).toBe(reference);
  });

  it('refuse a prefix outside the alphabet', () => {
    expect(() => randomReference('IO')).toThrow(/prefix/);
  });
});
