import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../../src/lib/offer/clean-text';

describe('cleanText', () => {
  it.each([
    ['\u0000', 'NUL'],
    ['\u0007', 'BEL'],
    ['\u001b', 'ESC'],
    ['\u007f', 'DEL'],
    ['\u0090', 'a C1 control'],
    ['\u202a', 'LRE'],
    ['\u202b', 'RLE'],
    ['\u202c', 'PDF'],
    ['\u202d', 'LRO'],
    ['\u202e', 'RLO'],
    ['\u2066', 'LRI'],
    ['\u2067', 'RLI'],
    ['\u2068', 'FSI'],
    ['\u2069', 'PDI'],
  ])('removes %j (%s) from one-line and multi-line text', (character) => {
    expect(cleanText(`a${character}b`, false)).toBe('ab');
    expect(cleanText(`a${character}b`, true)).toBe('ab');
  });

  it('keeps tabs and turns every line break into \\n in multi-line text', () => {
    expect(cleanText('a\tb\r\nc\rd\u2028e\u2029f\u0085g', true)).toBe('a\tb\nc\nd\ne\nf\ng');
  });

  it('turns tabs and line breaks into spaces in one-line text', () => {
    expect(cleanText('a\tb\r\nc\u2028d', false)).toBe('a b c d');
  });

  it('leaves ordinary letters of every script alone, right-to-left ones included', () => {
    const text = 'Zoë Çelik – שלום – مرحبا – 北京 – 😀';
    expect(cleanText(text, false)).toBe(text);
  });
});
