import { describe, expect, it } from 'vitest';
import { checkSickDates, keyDates } from '../../../../src/lib/request/key-dates';

describe('key dates of a request', () => {
  it('gives the week of illness, the latest 2e spoor start and the WIA deadline from the planner', () => {
    // Week n ends on the first sick day + 7n − 1 days; the 2e spoor 42 days after the end of week 52.
    expect(keyDates('2025-09-01', undefined, '2026-06-15')).toEqual({
      berekendOp: '2026-06-15',
      weekVanZiekte: 42,
      uitersteStart2eSpoor: '2026-10-11',
      wiaAanvraagUiterlijk: '2027-06-13',
      eindeWachttijd: '2027-08-29',
    });
  });

  it('counts the 2e spoor from an actual eerstejaarsevaluatie', () => {
    expect(keyDates('2025-01-06', '2026-01-05', '2026-06-15').uitersteStart2eSpoor).toBe('2026-02-16');
  });

  it('passes on the planner’s Dutch messages for dates out of range', () => {
    expect(checkSickDates('2020-01-01', undefined, '2026-06-15').firstSickDay).toMatch(/3 jaar/);
    expect(checkSickDates('2025-01-06', '2025-02-01', '2026-06-15').firstYearEvaluation).toMatch(/week 26/);
    expect(checkSickDates('2025-01-06', undefined, '2026-06-15')).toEqual({});
  });
});
