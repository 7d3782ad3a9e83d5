import { describe, expect, it } from 'vitest';
import { dateFromParts, decodeBody, readInputOf } from '../../../../src/lib/intake/input';

describe('readInputOf', () => {
  const names = ['naam', 'datum', 'website', 'referentie'] as const;

  it('keeps only known names, as text', () => {
    const input = readInputOf(names, { naam: { $gt: '' }, datum: 20, website: true, onbekend: 'x' });
    expect(input).toEqual({ naam: '', datum: '20', website: 'true', referentie: '' });
  });

  it('joins a date typed in three boxes, padding day and month', () => {
    expect(readInputOf(names, { 'datum-dag': '3', 'datum-maand': '2', 'datum-jaar': '2026' }, ['datum']).datum).toBe(
      '2026-02-03',
    );
    // One value wins over the boxes; boxes left empty leave the date empty.
    expect(readInputOf(names, { datum: '2026-01-01', 'datum-dag': '3' }, ['datum']).datum).toBe('2026-01-01');
    expect(readInputOf(names, { 'datum-dag': '', 'datum-maand': '' }, ['datum']).datum).toBe('');
  });

  it('keeps what was typed in incomplete boxes, so the form can show it again', () => {
    expect(dateFromParts({ 'x-dag': '31', 'x-jaar': '2026' }, 'x')).toBe('2026--31');
    expect(dateFromParts({ 'x-dag': 'a', 'x-maand': '13', 'x-jaar': '26' }, 'x')).toBe('26-13-a');
    expect(dateFromParts({}, 'x')).toBeUndefined();
  });
});

describe('decodeBody', () => {
  it('reads a form post, the first value of a repeated name winning', () => {
    expect(decodeBody('form', 'a=1&a=2&b=%E2%82%AC')).toEqual({ a: '1', b: '€' });
  });

  it('reads a JSON object and nothing else', () => {
    expect(decodeBody('json', '{"a":1}')).toEqual({ a: 1 });
    for (const body of ['[1]', 'null', '"x"', '{kapot']) expect(decodeBody('json', body)).toBeNull();
  });
});
