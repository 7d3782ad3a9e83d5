import { describe, expect, it } from 'vitest';
import { emptyInput, OFFER_FIELDS, readInput } from '../../../../src/lib/offer/fields';

describe('readInput', () => {
  it('keeps only known names, as text', () => {
    const input = readInput({
      organisatie: { $gt: '' },
      uren_per_week: 16,
      privacy: true,
      onbekend: 'x',
      __proto__: { kvk: 'x' },
    });
    expect(input.organisatie).toBe('');
    expect(input.uren_per_week).toBe('16');
    expect(input.privacy).toBe('true');
    expect(input.kvk).toBe('');
    expect('onbekend' in input).toBe(false);
  });

  it('takes the start date from three boxes too', () => {
    expect(readInput({ 'startdatum-dag': '1', 'startdatum-maand': '9', 'startdatum-jaar': '2026' }).startdatum).toBe(
      '2026-09-01',
    );
  });

  it('starts from an empty form with every field, the honeypot and the reference', () => {
    expect(Object.keys(emptyInput()).sort()).toEqual([...OFFER_FIELDS, 'website', 'referentie'].sort());
    expect(Object.values(emptyInput()).every((value) => value === '')).toBe(true);
  });
});
