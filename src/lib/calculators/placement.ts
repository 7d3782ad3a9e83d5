// Calculator 1: what hosting a werkervaringsplaats means for the host (inlener). No rounding here.
import { hourlyWageFromMonthly } from './conventions';

export interface PlacementInputs {
  /** Hours per week the candidate works at the host. */
  hoursPerWeek: number;
  /** Length of the placement in weeks. */
  weeks: number;
  /** Gross monthly salary of a comparable employee at the host, in euros. */
  grossMonthly: number;
  /** Contract hours per week of that comparable employee. */
  contractHoursPerWeek: number;
  /** Employer charges on top of salary, in percent (estimate). */
  employerChargesPercent: number;
  /** Whether the host pays travel costs (a matter of agreement, not a rule). */
  paysTravel: boolean;
  /** Kilometres per day, there and back. */
  kmPerDay: number;
  /** Working days per week at the host. */
  daysPerWeek: number;
  /** Travel allowance in euros per km. */
  euroPerKm: number;
  /** Whether the host expects to hire the candidate afterwards. */
  expectsToHire: boolean;
  /** Recruitment cost avoided by hiring the candidate, in euros (estimate). */
  recruitmentCost: number;
}

export interface PlacementResult {
  /** Hourly wage of the comparable employee. */
  hourlyWage: number;
  /** Wage costs (incl. charges) the host does not pay: the own employer keeps paying the candidate. */
  wageCostsNotPaid: number;
  /** Travel costs the host pays. */
  travelCosts: number;
  /** Recruitment cost avoided when hiring the candidate. */
  recruitmentCostAvoided: number;
  /** Net result for the host: wage costs not paid − travel costs + recruitment cost avoided. */
  netResult: number;
}

export function calculatePlacement(input: PlacementInputs): PlacementResult {
  // Hourly wage from a monthly salary = monthly × 12 / (contract hours × 52) (site convention).
  const hourlyWage = hourlyWageFromMonthly(input.grossMonthly, input.contractHoursPerWeek);
  // During a WEP the employee stays employed and paid by the own employer (see content/rekenhulpen/werkervaringsplaats.mdx for the sources), so the host
  // saves what the same hours would cost with a comparable employee: hourly wage × (1 + charges) × hours.
  const wageCostsNotPaid = hourlyWage * (1 + input.employerChargesPercent / 100) * input.hoursPerWeek * input.weeks;
  // Travel costs: km per day × days per week × € per km × weeks, only if the host agreed to pay them.
  const travelCosts = input.paysTravel ? input.kmPerDay * input.daysPerWeek * input.euroPerKm * input.weeks : 0;
  // Recruitment cost avoided: an editable estimate of the cost per hire (the source is in the parameter file).
  const recruitmentCostAvoided = input.expectsToHire ? input.recruitmentCost : 0;
  return {
    hourlyWage,
    wageCostsNotPaid,
    travelCosts,
    recruitmentCostAvoided,
    netResult: wageCostsNotPaid - travelCosts + recruitmentCostAvoided,
  };
}
