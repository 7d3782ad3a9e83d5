import { describe, expect, it } from 'vitest';
import {
  freshUntil,
  isCheckOverdue,
  newestConsulted,
  overdueArticles,
} from '../../../../src/lib/knowledge-base/freshness';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const iso = (date: Date) => date.toISOString().slice(0, 10);

describe('freshUntil', () => {
  it('is the same day twelve months later', () => {
    expect(iso(freshUntil(day('2025-12-01')))).toBe('2026-12-01');
    expect(iso(freshUntil(day('2026-01-31')))).toBe('2027-01-31');
  });

  it('falls back to the last day of a shorter month (leap day)', () => {
    expect(iso(freshUntil(day('2024-02-29')))).toBe('2025-02-28');
    expect(iso(freshUntil(day('2027-02-28')))).toBe('2028-02-28');
    expect(iso(freshUntil(day('2026-03-31'), 11))).toBe('2027-02-28');
    expect(iso(freshUntil(day('2027-03-31'), 11))).toBe('2028-02-29');
  });
});

describe('isCheckOverdue', () => {
  it('is not overdue at exactly twelve months, and overdue the day after', () => {
    expect(isCheckOverdue(day('2025-12-02'), day('2026-12-02'))).toBe(false);
    expect(isCheckOverdue(day('2025-12-01'), day('2026-12-02'))).toBe(true);
  });

  it('counts a leap day check as fresh until 28 February and overdue on 1 March', () => {
    expect(isCheckOverdue(day('2024-02-29'), day('2025-02-28'))).toBe(false);
    expect(isCheckOverdue(day('2024-02-29'), day('2025-03-01'))).toBe(true);
  });

  it('counts a check on 28 February as overdue on the leap day a year later', () => {
    expect(isCheckOverdue(day('2027-02-28'), day('2028-02-28'))).toBe(false);
    expect(isCheckOverdue(day('2027-02-28'), day('2028-02-29'))).toBe(true);
  });

  it('ignores the time of day of the build', () => {
    expect(isCheckOverdue(day('2025-12-02'), new Date('2026-12-02T23:59:59Z'))).toBe(false);
  });

  it('is never overdue for a check today or in the future', () => {
    expect(isCheckOverdue(day('2026-12-02'), day('2026-12-02'))).toBe(false);
    expect(isCheckOverdue(day('2027-01-01'), day('2026-12-02'))).toBe(false);
  });
});

describe('overdueArticles', () => {
  it('lists only the overdue articles, the longest overdue first', () => {
    const article = (id: string, checked: string) => ({ id, data: { feitenGecontroleerd: day(checked) } });
    const articles = [
      article('vers', '2026-11-01'),
      article('net-te-oud', '2025-12-01'),
      article('heel-oud', '2024-02-29'),
      article('precies-twaalf-maanden', '2025-12-02'),
      article('ook-heel-oud', '2024-02-29'),
    ];
    expect(overdueArticles(articles, day('2026-12-02')).map((a) => a.id)).toEqual([
      'heel-oud',
      'ook-heel-oud',
      'net-te-oud',
    ]);
  });
});

describe('newestConsulted', () => {
  it('returns the latest date on which a source that was read was current', () => {
    expect(
      newestConsulted([
        { geraadpleegd: new Date('2021-01-01') },
        { geraadpleegd: new Date('2026-01-07') },
        { geraadpleegd: new Date('2013-01-01') },
      ]),
    ).toEqual(new Date('2026-01-07'));
    expect(newestConsulted([])).toBeUndefined();
  });
});
