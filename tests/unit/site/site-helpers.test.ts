import { describe, expect, it } from 'vitest';
import { isCurrentSection } from '../../../src/lib/site/nav';
import { pageTitle } from '../../../src/lib/site/page-title';
import { serializeJsonLd } from '../../../src/lib/site/json-ld';
import { formatDutchDate } from '../../../src/lib/site/dates';
import { telHref } from '../../../src/lib/site/phone';
import { SHARE_IMAGE, shareImageSvg } from '../../../src/lib/site/share-image';

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

describe('pageTitle', () => {
  it('appends the site name', () => {
    expect(pageTitle('Contact', 'Bureau X')).toBe('Contact | Bureau X');
  });
  it('uses the site name alone when there is no page title', () => {
    expect(pageTitle(undefined, 'Bureau X')).toBe('Bureau X');
    expect(pageTitle('  ', 'Bureau X')).toBe('Bureau X');
  });
});

describe('serializeJsonLd', () => {
  it('cannot close the script element it is placed in', () => {
    const json = serializeJsonLd({ name: '</script><script>alert(1)</script>' });
    expect(json).not.toContain('</script>');
    expect(JSON.parse(json)).toEqual({ name: '</script><script>alert(1)</script>' });
  });
});

describe('formatDutchDate', () => {
  it('writes the month in Dutch', () => {
    expect(formatDutchDate(new Date('2026-01-15'))).toBe('15 januari 2026');
  });
});

describe('telHref', () => {
  it('keeps only digits and a leading plus', () => {
    expect(telHref('020 123 45 67')).toBe('tel:0201234567');
    expect(telHref('+31 (0)6-1234 5678')).toBe('tel:+310612345678');
  });
});

describe('shareImageSvg', () => {
  it('draws at the size the page announces, without text that would need fonts on the build machine', () => {
    const svg = shareImageSvg();
    expect(svg).toContain(`width="${SHARE_IMAGE.width}" height="${SHARE_IMAGE.height}"`);
    expect(svg).not.toMatch(/<text|<tspan|font-/);
  });
  it('uses the colours it is given', () => {
    const svg = shareImageSvg({ background: '#123456', dark: '#000001', light: '#000002', accent: '#abcdef' });
    expect(svg).toContain('fill="#123456"');
    expect(svg).toContain('fill="#abcdef"');
    expect(svg).not.toContain('#0b5563');
  });
});
