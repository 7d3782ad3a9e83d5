import { describe, expect, it } from 'vitest';
import { formatEuro, formatEuroWhole, formatNumber } from '../../../../src/lib/format/numbers';

describe('numbers', () => {
  it('formats euros and numbers the Dutch way, never "-0"', () => {
    expect(formatEuro(1234.5)).toBe('€\u00a01.234,50');
    expect(formatEuro(-0.001)).toBe('€\u00a00,00');
    expect(formatEuroWhole(1234.5)).toBe('€\u00a01.235');
    expect(formatNumber(1234.567)).toBe('1.234,57');
    expect(formatNumber(-0)).toBe('0');
  });
});
