import type { FieldSpec, FieldValues } from './form-model';
import type { YearParameters } from './year-parameters';

/** One line of the result list. The amount is never negative: a label says whether it is a cost or a gain. */
export interface ResultRow {
  label: string;
  amount: number;
  /** Shown in bold as the outcome of its group. */
  isTotal?: boolean;
}

/** A titled block of result lines, e.g. "Wat de plaats u kost". */
export interface ResultGroup {
  heading: string;
  rows: ResultRow[];
}

/** A table with more detail, e.g. one row per year. */
export interface ResultTable {
  caption: string;
  head: string[];
  body: string[][];
}

/** What a calculator shows for valid input. */
export interface CalculatorView {
  /** The key outcome in one or two sentences: shown above the detail and announced to screen readers. */
  summary: string;
  /** The key outcome in a few words, for the bar that stays in view on a phone while the inputs change. */
  headline: string;
  groups: ResultGroup[];
  /** Main amounts for the bar chart (and its screen-reader table); never negative. */
  chart: { label: string; amount: number }[];
  table?: ResultTable;
  /** Short remarks shown under the result: the assumptions behind it. */
  notes: string[];
  /** Pointers to related pages. */
  links: { text: string; href: string }[];
}

/** Everything the generic calculator interface needs to know about one calculator. */
export interface CalculatorSpec {
  /** Prefix of this calculator's URL parameters. */
  prefix: string;
  /** Heading of the calculator block. */
  title: string;
  /** Label of the year selector. */
  yearLabel: string;
  fields: FieldSpec[];
  compute: (values: FieldValues, year: number, parametersFor: (year: number) => YearParameters) => CalculatorView;
}

/**
 * A result line for an amount that can go either way (a balance): the size of the amount, with the label that says
 * which way it goes, so no cost or gain is ever shown with a minus sign.
 */
export function balanceRow(
  amount: number,
  labels: { gain: string; cost: string; even?: string },
  isTotal = false,
): ResultRow {
  // The sign is judged on whole cents, as shown: a rounding remainder is no gain or cost.
  const cents = Math.round(amount * 100);
  const label = cents > 0 ? labels.gain : cents < 0 ? labels.cost : (labels.even ?? labels.cost);
  return { label, amount: Math.abs(amount), ...(isTotal ? { isTotal } : {}) };
}
