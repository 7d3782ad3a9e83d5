import { describe, expect, it } from 'vitest';
import { readUrlValues, writeUrlValues } from '../../../../src/lib/calculators/url-state';

describe('URL state', () => {
  it('reads only its own namespaced keys', () => {
    expect(readUrlValues('?wep.uren=16&vzk.uren=8&uren=3&utm_source=x', 'wep', ['uren', 'weken'])).toEqual({
      uren: '16',
    });
  });

  it('keeps unrelated parameters and other calculators when writing', () => {
    const search = writeUrlValues('?utm_source=nieuwsbrief&vzk.maandloon=3000', 'wep', ['uren', 'weken'], {
      uren: '1.234,5',
    });
    const params = new URLSearchParams(search);
    expect(params.get('utm_source')).toBe('nieuwsbrief');
    expect(params.get('vzk.maandloon')).toBe('3000');
    expect(params.get('wep.uren')).toBe('1.234,5');
  });

  it('removes its own keys on reset, and round-trips', () => {
    const written = writeUrlValues('?wep.uren=16&q=1', 'wep', ['uren'], {});
    expect(written).toBe('?q=1');
    expect(writeUrlValues('?wep.uren=16', 'wep', ['uren'], {})).toBe('');
    const values = { uren: '16,5', weken: '13' };
    expect(readUrlValues(writeUrlValues('', 'wep', ['uren', 'weken'], values), 'wep', ['uren', 'weken'])).toEqual(
      values,
    );
  });
});
