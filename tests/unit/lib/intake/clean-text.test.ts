import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../../src/lib/intake/clean-text';

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
    ['\u200b', 'zero-width space'],
    ['\u200c', 'zero-width non-joiner'],
    ['\u200d', 'zero-width joiner'],
    ['\u200e', 'left-to-right mark'],
    ['\u200f', 'right-to-left mark'],
    ['\u061c', 'Arabic letter mark'],
    ['\u2060', 'word joiner'],
    ['\u180e', 'Mongolian vowel separator'],
    ['\u00ad', 'soft hyphen'],
    ['\ufeff', 'byte-order mark'],
    ['\u{e0041}', 'a tag character'],
    ['\ud800', 'a lone high surrogate'],
    ['\udfff', 'a lone low surrogate'],
  ])('removes %j (%s) from one-line and multi-line text', (character) => {
    expect(cleanText(`a${character}b`, false)).toBe('ab');
    expect(cleanText(`a${character}b`, true)).toBe('ab');
  });

  it('leaves text without a single format character or lone surrogate', () => {
    const all = Array.from({ length: 0x110000 }, (_, code) =>
      code >= 0xd800 && code <= 0xdfff ? String.fromCharCode(code) : String.fromCodePoint(code),
    ).join('');
    const cleaned = cleanText(all, true);
    expect(cleaned).not.toMatch(/\p{Cf}|\p{Cs}/u);
    expect(cleaned.isWellFormed()).toBe(true);
  });

  it('keeps tabs and turns every line break into \\n in multi-line text', () => {
    expect(cleanText('a\tb\r\nc\rd\u2028e\u2029f\u0085g', true)).toBe('a\tb\nc\nd\ne\nf\ng');
  });

  it('turns tabs and line breaks into spaces in one-line text', () => {
    expect(cleanText('a\tb\r\nc\u2028d', false)).toBe('a b c d');
  });

  it('leaves ordinary letters of every script alone, right-to-left ones and paired surrogates included', () => {
    const text = 'Zoë Çelik – שלום – مرحبا – 北京 – 😀 – 𝔸';
    expect(cleanText(text, false)).toBe(text);
  });
});
