import type { YearParameters } from '../../../../src/lib/calculators/year-parameters';

/** Parameters as in content/rekenhulpen (kept here so the hand-worked cases stay readable). */
export const params2025: YearParameters = {
  year: 2025,
  minimumHourlyWage: [
    { from: '2025-01-01', fromText: '1 januari 2025', value: 14.06, assumed: false },
    { from: '2025-07-01', fromText: '1 juli 2025', value: 14.4, assumed: false },
  ],
  maximumDailyWage: 290.67,
  sicknessBenefitPercent: 70,
  lkvPerHour: 3.05,
  lkvYearlyMaximum: 6000,
  lkvYears: 3,
  travelAllowancePerKm: 0.23,
  employerChargesPercent: 18.48,
  employerChargesPercentYear: 2022,
  recruitmentCost: 4494,
  recruitmentCostYear: 2019,
  absenceDayCost: 405,
  absenceDayCostYear: 2023,
  secondTrackCost: 2750,
  secondTrackCostYear: 2025,
  sanctionShare: 11,
  sanctionShareYear: 2018,
  lateReintegrationShare: 85,
  lateReintegrationShareYear: 2018,
};

/** 2026: the minimum wage from 1 July is not yet published, so the January amount is carried over. */
export const params2026: YearParameters = {
  ...params2025,
  year: 2026,
  minimumHourlyWage: [
    { from: '2026-01-01', fromText: '1 januari 2026', value: 14.71, assumed: false },
    { from: '2026-07-01', fromText: '1 juli 2026', value: 14.71, assumed: true },
  ],
  maximumDailyWage: 304.25,
};

export const bothYears = [params2025, params2026];
