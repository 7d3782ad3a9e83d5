import { describe, expect, it } from 'vitest';
import { pageTitle, serializeJsonLd } from '../../../../src/lib/site/head';

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
