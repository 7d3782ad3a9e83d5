import { describe, expect, it } from 'vitest';
import {
  cappedDailyWage,
  hourlyWageFromMonthly,
  paidHoursPerYear,
  WORKING_DAYS_PER_MONTH,
  WORKING_DAYS_PER_YEAR,
} from '../../../../src/lib/calculators/conventions';

describe('calculation conventions', () => {
  it('a month has 21.75 working days, 261 a year', () => {
    expect(WORKING_DAYS_PER_MONTH * 12).toBe(WORKING_DAYS_PER_YEAR);
  });

  it('dagloon is the annual wage / 261 below the cap', () => {
    // 52,200 / 261 = 200
    expect(cappedDailyWage(52_200, 304.25)).toBe(200);
  });

  it('dagloon is capped at the maximum dagloon', () => {
    // 100,000 / 261 = 383.14… > 304.25
    expect(cappedDailyWage(100_000, 304.25)).toBe(304.25);
  });

  it('paid hours per year = hours per week × 52', () => {
    expect(paidHoursPerYear(40)).toBe(2080);
    expect(paidHoursPerYear(0)).toBe(0);
  });

  it('hourly wage = monthly × 12 / (hours × 52)', () => {
    // 3,120 × 12 / (36 × 52) = 37,440 / 1,872 = 20
    expect(hourlyWageFromMonthly(3120, 36)).toBe(20);
  });
});
