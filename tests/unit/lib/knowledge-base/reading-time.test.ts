import { describe, expect, it } from 'vitest';
import { countWords, readingTimeMinutes } from '../../../../src/lib/knowledge-base/reading-time';

describe('reading time', () => {
  it('counts words, not markup, links or component tags', () => {
    const body = [
      '## Een kop',
      '',
      'Lees [de uitleg van UWV](https://www.uwv.nl/lange/url) **goed**.',
      '',
      '<Callout soort="tip" titel="Niet tellen">',
      'Twee woorden',
      '</Callout>',
      '<PoortwachterTijdlijn markeer="tweede-spoor" />',
    ].join('\n');
    expect(countWords(body)).toBe(10);
  });

  it('ignores import lines and code blocks', () => {
    expect(countWords('import X from "./x";\n\n```\nconst a = 1;\n```\n\nEen zin.')).toBe(2);
  });

  it('rounds up at 200 words per minute with a minimum of one minute', () => {
    expect(readingTimeMinutes('')).toBe(1);
    expect(readingTimeMinutes('woord '.repeat(200))).toBe(1);
    expect(readingTimeMinutes('woord '.repeat(201))).toBe(2);
    expect(readingTimeMinutes('woord '.repeat(1000))).toBe(5);
  });
});
