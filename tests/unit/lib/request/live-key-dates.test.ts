import { describe, expect, it } from 'vitest';
import { keyDates } from '../../../../src/lib/request/key-dates';
import { liveKeyDates } from '../../../../src/lib/request/live-key-dates';

const TODAY = '2026-06-15';

describe('the key dates the request form shows while typing', () => {
  it.each([
    ['2025-09-01', ''],
    ['2025-01-06', '2026-01-05'],
    ['2026-06-15', ''],
    ['2023-06-15', ''],
    ['2024-12-01', '2025-11-30'],
  ])('equal the dates the server mails, for %s (evaluation %s)', (firstSickDay, evaluation) => {
    expect(liveKeyDates(firstSickDay, evaluation, TODAY)).toEqual(
      keyDates(firstSickDay, evaluation || undefined, TODAY),
    );
  });

  it('show nothing for a date that is not real, in the future or more than 3 years back', () => {
    expect(liveKeyDates('2026-02-30', '', TODAY)).toBeUndefined();
    expect(liveKeyDates('2026--5', '', TODAY)).toBeUndefined();
    expect(liveKeyDates('2026-06-16', '', TODAY)).toBeUndefined();
    expect(liveKeyDates('2023-06-14', '', TODAY)).toBeUndefined();
  });

  it('ignore an evaluation date the server would refuse, and use week 52 instead', () => {
    const withoutEvaluation = keyDates('2025-01-06', undefined, TODAY);
    expect(liveKeyDates('2025-01-06', '2025-02-01', TODAY)).toEqual(withoutEvaluation);
    expect(liveKeyDates('2025-01-06', '2026-13-01', TODAY)).toEqual(withoutEvaluation);
  });
});
