import { describe, expect, it } from 'vitest';
import { resolveBuildDate, showsUnpublished } from '../../../src/lib/publication-settings';

describe('resolveBuildDate', () => {
  it("takes today's date in Amsterdam, not in UTC", () => {
    // 23:30 UTC on 3 January is 00:30 on 4 January in Amsterdam (UTC+1 in winter).
    expect(resolveBuildDate({}, new Date('2027-01-03T23:30:00Z'))).toBe('2027-01-04');
    expect(resolveBuildDate({}, new Date('2027-01-03T22:30:00Z'))).toBe('2027-01-03');
    // Summer time: UTC+2.
    expect(resolveBuildDate({}, new Date('2027-07-01T22:30:00Z'))).toBe('2027-07-02');
  });

  it('uses BUILD_DATE when it is set, so a test can build as of a given day', () => {
    expect(resolveBuildDate({ BUILD_DATE: '2099-01-01' }, new Date('2027-01-03T12:00:00Z'))).toBe('2099-01-01');
    expect(resolveBuildDate({ BUILD_DATE: ' ' }, new Date('2027-01-03T12:00:00Z'))).toBe('2027-01-03');
  });

  it.each(['4-1-2027', '2027-13-01', '2027-02-30', 'morgen'])('refuses BUILD_DATE=%s with a Dutch message', (value) => {
    expect(() => resolveBuildDate({ BUILD_DATE: value }, new Date())).toThrow(
      `BUILD_DATE "${value}" is geen datum in de vorm JJJJ-MM-DD`,
    );
  });
});

describe('showsUnpublished', () => {
  it('shows drafts in `astro dev` and in preview builds', () => {
    expect(showsUnpublished('dev', {})).toBe(true);
    expect(showsUnpublished('build', { SITE_PREVIEW: '1' })).toBe(true);
    expect(showsUnpublished('build', { VERCEL_ENV: 'preview' })).toBe(true);
  });

  it('never in a production build', () => {
    expect(showsUnpublished('build', {})).toBe(false);
    expect(showsUnpublished('build', { VERCEL_ENV: 'production' })).toBe(false);
    expect(showsUnpublished('build', { SITE_PREVIEW: '0' })).toBe(false);
  });

  it('refuses a preview flag on a Vercel production build', () => {
    expect(() => showsUnpublished('build', { SITE_PREVIEW: '1', VERCEL_ENV: 'production' })).toThrow(
      'concepten zouden online komen',
    );
  });
});
