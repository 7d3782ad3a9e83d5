import { describe, expect, it } from 'vitest';
import { isCurrentSection, telHref } from '../../../../src/lib/site/links';

describe('isCurrentSection', () => {
  it('marks a section and the pages inside it', () => {
    expect(isCurrentSection('/kennisbank/', '/kennisbank/')).toBe(true);
    expect(isCurrentSection('/kennisbank/', '/kennisbank/wat-is-een-werkervaringsplaats/')).toBe(true);
    expect(isCurrentSection('/kennisbank/', '/kennisbank')).toBe(true);
  });
  it('does not mark unrelated sections or prefixes of other words', () => {
    expect(isCurrentSection('/contact/', '/kennisbank/')).toBe(false);
    expect(isCurrentSection('/aanbieden/', '/aanbieden-oud/')).toBe(false);
  });
  it('matches home only on the home page', () => {
    expect(isCurrentSection('/', '/')).toBe(true);
    expect(isCurrentSection('/', '/contact/')).toBe(false);
  });
});

describe('telHref', () => {
  it('keeps only digits and a leading plus', () => {
    expect(telHref('020 123 45 67')).toBe('tel:0201234567');
    expect(telHref('+31 (0)6-1234 5678')).toBe('tel:+310612345678');
  });
});
