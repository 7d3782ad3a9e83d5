import { describe, expect, it } from 'vitest';
import { parseDutchNumber } from '../../../../src/lib/calculators/number-input';

describe('parseDutchNumber', () => {
  it.each([
    ['1.234,56', 1234.56],
    ['1234,56', 1234.56],
    ['1234.56', 1234.56],
    ['1.500', 1500],
    ['1.234.567', 1234567],
    ['1,234.56', 1234.56],
    ['0.230', 0.23],
    ['0,23', 0.23],
    [',5', 0.5],
    ['€ 3.000', 3000],
    ['  38 ', 38],
    ['100%', 100],
    ['0', 0],
  ])('reads %s as %d', (text, expected) => {
    expect(parseDutchNumber(text)).toBe(expected);
  });

  it.each(['', 'abc', '12a', '1,2,3', '-5', '1.23.4', '.', '12,34,5'])('rejects %j', (text) => {
    expect(parseDutchNumber(text)).toBeNull();
  });
});
