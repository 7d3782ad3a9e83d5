import type { YearParameters } from '../../../../src/lib/calculators/year-parameters';

/** Parameters as in content/rekenhulpen (kept here so the hand-worked cases stay readable). */
export const params2025: YearParameters = {
  year: 2025,
  minimumHourlyWage: 14.06,
  maximumDailyWage: 290.67,
  sicknessBenefitPercent: 70,
  lkvPerHour: 3.05,
  lkvYearlyMaximum: 6000,
  lkvYears: 3,
  travelAllowancePerKm: 0.23,
  employerChargesPercent: 18.48,
  recruitmentCost: 4494,
  absenceDayCost: 405,
  secondTrackCost: 2750,
};

export const params2026: YearParameters = {
  ...params2025,
  year: 2026,
  minimumHourlyWage: 14.71,
  maximumDailyWage: 304.25,
};

export const bothYears = [params2025, params2026];
