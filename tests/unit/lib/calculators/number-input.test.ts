import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CALCULATORS } from '../../../../src/lib/calculators/catalogue';
import type { NumberFieldSpec } from '../../../../src/lib/calculators/form-model';
import {
  isNegativeNumber,
  parseDutchNumber,
  readDutchNumber,
  type NumberFieldLimits,
} from '../../../../src/lib/calculators/number-input';
import { formatEuro, formatNumber } from '../../../../src/lib/format/numbers';

/** A field of euros such as a monthly wage. */
const euros: NumberFieldLimits = { min: 0, max: 50_000 };
/** A field of hours such as contract hours. */
const hours: NumberFieldLimits = { min: 1, max: 60 };
/** A field whose values have three decimals, where "1.234" can mean 1,234. */
const threeDecimals: NumberFieldLimits = { min: 0, max: 50_000, decimals: 3 };

describe('readDutchNumber: Dutch ways of typing a number', () => {
  it.each([
    ['3000', 3000],
    ['3.000', 3000],
    ['3 000', 3000],
    ['3\u00a0000', 3000],
    ['€ 3.000,50', 3000.5],
    ['€3.000,50', 3000.5],
    ['3000,5', 3000.5],
    ['3000 €', 3000],
    ['1.234.567', 1_234_567],
    ['1 234 567,89', 1_234_567.89],
    ['1.234,56', 1234.56],
    ['1234,56', 1234.56],
    ['3,000.50', 3000.5],
    ['1,234,567', 1_234_567],
    ['0,23', 0.23],
    [',5', 0.5],
    ['  38 ', 38],
    ['0', 0],
  ])('reads %j in a field of euros as %d', (text, expected) => {
    expect(readDutchNumber(text, { min: 0, max: 5_000_000 })).toEqual({ kind: 'number', value: expected });
  });

  it.each(['', 'abc', '12a', '1,2,3', '1.23.4', '.', ',', '12,34,5', '12 5', '1 23', '3.000,5.0', '--5', '-5'])(
    'finds no number in %j',
    (text) => {
      expect(readDutchNumber(text, euros)).toEqual({ kind: 'invalid' });
    },
  );
});

describe('readDutchNumber: asks instead of guessing', () => {
  it('"3,000" in a field of euros: 3,000 or 3', () => {
    expect(readDutchNumber('3,000', euros)).toEqual({ kind: 'ambiguous', readings: [3000, 3] });
    expect(readDutchNumber('36,000', { min: 0, max: 500_000 })).toEqual({ kind: 'ambiguous', readings: [36_000, 36] });
  });

  it('"12.5" in a field of euros: 125 or 12,5', () => {
    expect(readDutchNumber('12.5', euros)).toEqual({ kind: 'ambiguous', readings: [125, 12.5] });
  });

  it('"1.234" where the field takes three decimals: 1.234 or 1,234; in a field of euros it is 1.234', () => {
    expect(readDutchNumber('1.234', threeDecimals)).toEqual({ kind: 'ambiguous', readings: [1234, 1.234] });
    expect(readDutchNumber('1.234', euros)).toEqual({ kind: 'number', value: 1234 });
  });

  it('takes the one reading that fits the field, and never a misplaced thousands dot on its own', () => {
    expect(readDutchNumber('3000.50', euros)).toEqual({ kind: 'number', value: 3000.5 });
    expect(readDutchNumber('3,000', hours)).toEqual({ kind: 'number', value: 3 });
    expect(readDutchNumber('12.5', hours)).toEqual({ kind: 'number', value: 12.5 });
    expect(readDutchNumber('18.48', { min: 0, max: 100 })).toEqual({ kind: 'number', value: 18.48 });
    // "1.5" in a field of whole weeks: not 15 behind the person's back, but a question of whole numbers.
    expect(readDutchNumber('1.5', { min: 0, max: 104, integer: true })).toEqual({ kind: 'outOfRange', value: 1.5 });
    expect(readDutchNumber('1.234', hours)).toEqual({ kind: 'outOfRange', value: 1234 });
  });

  it('reads a minus sign as a negative number, for its own message', () => {
    expect(isNegativeNumber('-5')).toBe(true);
    expect(isNegativeNumber('− 1.234,5')).toBe(true);
    expect(isNegativeNumber('-x')).toBe(false);
  });

  it('parseDutchNumber gives the Dutch reading, without a field', () => {
    expect(parseDutchNumber('1.500')).toBe(1500);
    expect(parseDutchNumber('0.230')).toBe(0.23);
    expect(parseDutchNumber('12a')).toBeNull();
  });
});

/** Every number field of every calculator: the limits the site really uses. */
const FIELDS = CALCULATORS.flatMap(({ spec }) =>
  spec.fields.filter((field): field is NumberFieldSpec => field.kind === 'number'),
);

/** A value a field accepts, with at most two decimals (whole for a field of whole numbers). */
function valueFor(field: NumberFieldSpec) {
  return fc
    .integer({ min: Math.ceil(field.min * 100), max: Math.floor(field.max * 100) })
    .map((cents) => (field.integer ? Math.round(cents / 100) : cents / 100))
    .filter((value) => value >= field.min && value <= field.max);
}

describe('readDutchNumber: properties', () => {
  it('lists number fields to test', () => expect(FIELDS.length).toBeGreaterThan(10));

  it('every number the site formats reads back as itself, in every field that takes it', () => {
    for (const field of FIELDS) {
      fc.assert(
        fc.property(valueFor(field), (value) => {
          expect(readDutchNumber(formatNumber(value), field)).toEqual({ kind: 'number', value });
          // As a Dutch amount with the euro sign and a no-break space, and with spaces as thousands separators.
          expect(readDutchNumber(formatEuro(value), field)).toEqual({ kind: 'number', value });
          expect(readDutchNumber(formatNumber(value).replaceAll('.', ' '), field)).toEqual({ kind: 'number', value });
        }),
        { numRuns: 60 },
      );
    }
  });

  it('never a silent factor of 1,000: "a,bbb" and "a.bbb" give one number only when the other reading does not fit', () => {
    const limits = fc.record({
      min: fc.constantFrom(0, 1),
      max: fc.constantFrom(60, 100, 500, 5_000, 50_000, 500_000),
      integer: fc.boolean(),
      decimals: fc.constantFrom(2, 3),
    });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999 }),
        fc.integer({ min: 0, max: 999 }),
        fc.constantFrom(',', '.'),
        limits,
        (whole, part, separator, field) => {
          const digits = String(part).padStart(3, '0');
          const thousands = whole * 1000 + part;
          const decimal = Number(`${whole}.${digits}`);
          const result = readDutchNumber(`${whole}${separator}${digits}`, field);
          const fitsField = (value: number) =>
            value >= field.min && value <= field.max && (!field.integer || Number.isInteger(value));
          if (result.kind === 'number') {
            const other = result.value === thousands ? decimal : thousands;
            // The reading taken is one of the two; the other one is out of the field's range, not whole where it
            // must be, or (for "a.bbb" in a field of two decimals) an English decimal point nobody types in euros.
            expect([thousands, decimal]).toContain(result.value);
            if (fitsField(other)) expect(separator === '.' && other === decimal && field.decimals === 2).toBe(true);
          }
          if (result.kind === 'ambiguous') expect(new Set(result.readings)).toEqual(new Set([thousands, decimal]));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('English numbers with both separators read as the same value as the Dutch notation', () => {
    fc.assert(
      fc.property(fc.integer({ min: 100_000, max: 99_999_999 }), (cents) => {
        const value = cents / 100;
        const english = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2 }).format(value);
        const dutch = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 2 }).format(value);
        const limits = { min: 0, max: 1_000_000 };
        expect(readDutchNumber(english, limits)).toEqual({ kind: 'number', value });
        expect(readDutchNumber(dutch, limits)).toEqual({ kind: 'number', value });
      }),
    );
  });

  it('any text gives a clear kind and only finite numbers', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), fc.stringMatching(/^[0-9 .,€%-]{0,14}$/), (anyText, numberish) => {
        for (const text of [anyText, numberish]) {
          const result = readDutchNumber(text, euros);
          expect(['number', 'ambiguous', 'outOfRange', 'invalid']).toContain(result.kind);
          if (result.kind === 'number' || result.kind === 'outOfRange')
            expect(Number.isFinite(result.value)).toBe(true);
          if (result.kind === 'ambiguous') {
            expect(result.readings[0]).toBeGreaterThan(result.readings[1]);
            for (const reading of result.readings) expect(reading).toBeGreaterThanOrEqual(0);
          }
        }
      }),
      { numRuns: 1000 },
    );
  });
});
