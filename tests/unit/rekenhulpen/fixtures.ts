import type { YearParameters } from '../../../src/lib/rekenhulpen/year-parameters';

/** Parameters as in content/rekenhulpen (kept here so the hand-worked cases stay readable). */
export const params2025: YearParameters = {
  jaar: 2025,
  minimumUurloon: 14.06,
  maximumDagloon: 290.67,
  ziektewetPercentage: 70,
  lkvUurbedrag: 3.05,
  lkvJaarMaximum: 6000,
  lkvJaren: 3,
  reiskostenPerKm: 0.23,
  werkgeverslastenPercentage: 18.48,
  kostenPerAanname: 4494,
  kostenPerVerzuimdag: 405,
  kosten2eSpoorTraject: 2750,
};

export const params2026: YearParameters = { ...params2025, jaar: 2026, minimumUurloon: 14.71, maximumDagloon: 304.25 };

export const bothYears = [params2025, params2026];
