import { describe, expect, it } from 'vitest';
import { formatDutchDate, isIsoDate, isoDate, todayInNetherlands } from '../../../../src/lib/format/dates';

describe('dates', () => {
  it('uses the Dutch calendar day, whatever the server time zone', () => {
    // 23:30 UTC on 31 December is already 1 January in Amsterdam (UTC+1 in winter).
    expect(todayInNetherlands(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(todayInNetherlands(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
  });

  it('writes a date in Dutch and as YYYY-MM-DD', () => {
    expect(formatDutchDate(new Date('2026-01-15T00:00:00Z'))).toBe('15 januari 2026');
    expect(isoDate(new Date('2026-01-15T00:00:00Z'))).toBe('2026-01-15');
  });

  it.each([
    ['2026-02-28', true],
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['26-01-01', false],
    ['2026-1-1', false],
  ])('isIsoDate(%j) is %s', (text, expected) => {
    expect(isIsoDate(text)).toBe(expected);
  });
});
