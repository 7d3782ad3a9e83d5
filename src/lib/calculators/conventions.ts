// Calculation conventions shared by all calculators (also stated on every calculator page).

/** Working days per year used to turn an annual wage into a dagloon (UWV convention: 261). */
export const WORKING_DAYS_PER_YEAR = 261;
/** Working days per month (UWV convention: 21.75 = 261 / 12). */
export const WORKING_DAYS_PER_MONTH = 21.75;
/** Weeks per year used for paid hours and weekly wages. */
export const WEEKS_PER_YEAR = 52;
/** Weeks in the two-year waiting period of continued pay (art. 7:629 BW). */
export const WAITING_PERIOD_WEEKS = 104;

/** Dagloon = gross annual wage / 261, capped at the maximum dagloon of the year. */
export function cappedDailyWage(grossAnnualWage: number, maximumDagloon: number): number {
  return Math.min(grossAnnualWage / WORKING_DAYS_PER_YEAR, maximumDagloon);
}

/** Paid hours per year = hours per week × 52. */
export function paidHoursPerYear(hoursPerWeek: number): number {
  return hoursPerWeek * WEEKS_PER_YEAR;
}

/** Hourly wage from a monthly salary = monthly × 12 / (contract hours per week × 52). */
export function hourlyWageFromMonthly(grossMonthly: number, contractHoursPerWeek: number): number {
  return (grossMonthly * 12) / (contractHoursPerWeek * WEEKS_PER_YEAR);
}

/** Weekly wage from a monthly salary = monthly × 12 / 52. */
export function weeklyWageFromMonthly(grossMonthly: number): number {
  return (grossMonthly * 12) / WEEKS_PER_YEAR;
}
