import { describe, expect, it } from 'vitest';
import { workingDaysText } from '../../../../src/lib/format/working-days';

describe('workingDaysText', () => {
  it('says "werkdag" for one day and "werkdagen" for more', () => {
    expect(workingDaysText(1)).toBe('1 werkdag');
    expect(workingDaysText(2)).toBe('2 werkdagen');
    expect(workingDaysText(10)).toBe('10 werkdagen');
  });
});
