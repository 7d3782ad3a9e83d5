import { describe, expect, it } from 'vitest';
import { isVagueLinkText, resolveInternalHref } from '../../support/built-site';

describe('isVagueLinkText', () => {
  it.each(['klik hier', 'Lees meer', '  Lees   meer… ', 'hier', 'Meer informatie', 'read more', ''])(
    'flags "%s"',
    (text) => {
      expect(isVagueLinkText(text)).toBe(true);
    },
  );
  it.each(['Lees wat een werkervaringsplaats is', 'Naar de rekenhulpen', 'Meer over de no-riskpolis'])(
    'accepts "%s"',
    (text) => {
      expect(isVagueLinkText(text)).toBe(false);
    },
  );
});

describe('resolveInternalHref', () => {
  it('resolves absolute and relative paths with their fragment', () => {
    expect(resolveInternalHref('/kennisbank/a/', '/kennisbank/b/#kop')).toEqual({
      path: '/kennisbank/b/',
      fragment: 'kop',
    });
    expect(resolveInternalHref('/kennisbank/a/', '../b/')).toEqual({ path: '/kennisbank/b/', fragment: '' });
    expect(resolveInternalHref('/kennisbank/a/', '#inhoud')).toEqual({ path: '/kennisbank/a/', fragment: 'inhoud' });
  });
  it('ignores other sites, e-mail and phone links', () => {
    expect(resolveInternalHref('/', 'https://www.uwv.nl/')).toBeNull();
    expect(resolveInternalHref('/', 'mailto:info@example.nl')).toBeNull();
    expect(resolveInternalHref('/', 'tel:+31200000000')).toBeNull();
  });
});
