// Calculator 1: what hosting a werkervaringsplaats costs the host (inlener) and what it gives. No rounding here.
//
// The model is deliberately modest. The candidate is not a fully productive employee: the work is valued at a
// productivity the host estimates, building up from a low start. The host's own effort (supervision, travel costs
// when agreed, adjustments) is a real cost. The wage the own employer keeps paying is shown as context only: the host
// does not pay it, but it is not a gain either, because nobody would pay a full wage for these hours.
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
  /** Productivity in the first week, as a percentage of an experienced employee (the host's estimate). */
  productivityStartPercent: number;
  /** Productivity in the last week, as a percentage of an experienced employee (the host's estimate). */
  productivityEndPercent: number;
  /** Hours per week a supervisor spends on the candidate, on average over the placement. */
  supervisionHoursPerWeek: number;
  /** One-off hours for preparation, introduction and evaluations. */
  oneOffHours: number;
  /** What one hour of the supervisor costs the host, in euros (incl. employer charges). */
  supervisorHourlyCost: number;
  /** Whether the host pays travel costs (a matter of agreement, not a rule). */
  paysTravel: boolean;
  /** Kilometres per day, there and back. */
  kmPerDay: number;
  /** Working days per week at the host. */
  daysPerWeek: number;
  /** Travel allowance in euros per km. */
  euroPerKm: number;
  /** One-off cost of adjustments to the workplace, in euros. */
  adjustmentCosts: number;
  /** Whether the host expects to hire the candidate afterwards. */
  expectsToHire: boolean;
  /** Recruitment cost avoided by hiring the candidate, in euros (estimate). */
  recruitmentCost: number;
}

export interface PlacementResult {
  /** Hourly wage of the comparable employee. */
  hourlyWage: number;
  /** Hourly wage cost of the comparable employee, incl. employer charges. */
  hourlyWageCost: number;
  /** Average productivity over the placement, as a fraction (0–1): the mean of a straight build-up. */
  averageProductivity: number;
  costs: {
    /** Supervision: (hours per week × weeks + one-off hours) × hourly cost of the supervisor. */
    supervision: number;
    /** Travel costs the host pays. */
    travel: number;
    /** Adjustments to the workplace. */
    adjustments: number;
    /** Sum of the three. */
    total: number;
  };
  gains: {
    /** Value of the work done: hourly wage cost × hours × weeks × average productivity. */
    workValue: number;
    /** Recruitment cost avoided when hiring the candidate. */
    recruitmentCostAvoided: number;
    /** Sum of the two. */
    total: number;
  };
  /** Gains minus costs: positive when the placement gives more than it costs. */
  balance: number;
  /** Context, not a gain: what the same hours would cost with a comparable employee at full productivity. */
  wageNotPaid: number;
}

export function calculatePlacement(input: PlacementInputs): PlacementResult {
  // Hourly wage from a monthly salary = monthly × 12 / (contract hours × 52) (site convention).
  const hourlyWage = hourlyWageFromMonthly(input.grossMonthly, input.contractHoursPerWeek);
  const hourlyWageCost = hourlyWage * (1 + input.employerChargesPercent / 100);
  const hoursWorked = input.hoursPerWeek * input.weeks;
  // A straight build-up from the first to the last week: its average is the mean of both ends.
  const averageProductivity = (input.productivityStartPercent + input.productivityEndPercent) / 2 / 100;

  // The host's own effort: a supervisor's time (weekly and one-off), at what an hour of that person costs.
  const supervision = (input.supervisionHoursPerWeek * input.weeks + input.oneOffHours) * input.supervisorHourlyCost;
  // Travel costs: km per day × days per week × € per km × weeks, only if the host agreed to pay them (no rule says so).
  const travel = input.paysTravel ? input.kmPerDay * input.daysPerWeek * input.euroPerKm * input.weeks : 0;
  const adjustments = input.adjustmentCosts;

  // What the work is worth to the host: the hours at the wage cost of a comparable employee, at the estimated productivity.
  const workValue = hourlyWageCost * hoursWorked * averageProductivity;
  // Recruitment cost avoided: an editable estimate of the cost per hire (the source is in the parameter file).
  const recruitmentCostAvoided = input.expectsToHire ? input.recruitmentCost : 0;

  const costs = { supervision, travel, adjustments, total: supervision + travel + adjustments };
  const gains = { workValue, recruitmentCostAvoided, total: workValue + recruitmentCostAvoided };
  return {
    hourlyWage,
    hourlyWageCost,
    averageProductivity,
    costs,
    gains,
    balance: gains.total - costs.total,
    // The own employer keeps paying the candidate (content/rekenhulpen/werkervaringsplaats.mdx has the sources).
    wageNotPaid: hourlyWageCost * hoursWorked,
  };
}
