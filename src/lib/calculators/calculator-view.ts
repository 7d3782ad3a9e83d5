import {
  withLabels,
  type FieldDefinition,
  type FieldSpec,
  type FieldValues,
  type FormTexts,
  type RawValues,
} from './form-model';
import type { YearParameters } from './year-parameters';

/** One line of the result list. The amount is never negative: a label says whether it is a cost or a gain. */
export interface ResultRow {
  label: string;
  /** The amount in euros (0 for a line that shows `text` instead). */
  amount: number;
  /** Shown instead of the amount, for a line that is not an amount (a date). */
  text?: string;
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
  /** Conditions the result depends on, shown before any amount (e.g. when a no-riskpolis applies at all). */
  conditions?: { heading: string; items: string[] };
  /** The result lines in groups; a group of days (rows with `text`) can come first. */
  groups: ResultGroup[];
  table?: ResultTable;
  /** Short remarks shown under the result: the assumptions behind it. */
  notes: string[];
  /** A next step under the result, e.g. asking the bureau for help with the dates already filled in. */
  nextStep?: { text: string; label: string; href: string };
}

/** What a calculation gets besides the values typed. */
export interface ComputeContext {
  /** The chosen year: the year selector's, or the default year for a calculator without one. */
  year: number;
  /** The parameters of a year (the nearest earlier year when there is no file for it). */
  parametersFor: (year: number) => YearParameters;
  /** Every year's parameters, oldest first: for amounts that apply per period across years (the minimum wage). */
  allParameters: readonly YearParameters[];
  /**
   * Today in the Netherlands, `YYYY-MM-DD`: the server's date on a result page, the visitor's once the island runs;
   * undefined on a page built ahead of time, where a calculator must not show a date that depends on it.
   */
  today?: string | undefined;
}

/**
 * One worked example per calculator, exported beside its spec (not inside it, so the island does not carry it): what a
 * person types and what the calculator then says, worked out by hand. The unit, browser, budget, print and
 * no-JavaScript tests run it for every calculator in the catalogue, so none can be skipped.
 */
export interface CalculatorExample {
  /** Raw values by field key, typed as a person would (the year too, where the calculator has a year selector). */
  inputs: RawValues;
  /** The day the example is worked out on (for a calculator that counts from today). */
  today?: string;
  /** The summary for these inputs (on that day). */
  summary: string;
  /** The headline for these inputs (on that day). */
  headline: string;
}

/** Everything the generic calculator interface needs to know about one calculator. */
export interface CalculatorSpec {
  /** Prefix of this calculator's URL parameters. */
  prefix: string;
  /** Heading of the calculator block. */
  title: string;
  /** Label of the year selector; a calculator without one uses the default year and dates (see usesToday). */
  yearLabel?: string;
  /** True when the result counts from today: its result page is never cached, and the island learns today's date. */
  usesToday?: boolean;
  fields: FieldSpec[];
  compute: (values: FieldValues, context: ComputeContext) => CalculatorView;
}

/** A calculator as its spec file defines it: the fields without their Dutch texts, which come from FormTexts. */
export type CalculatorDefinition = Omit<CalculatorSpec, 'title' | 'fields'> & { fields: FieldDefinition[] };

/** The whole calculator: its definition with its texts (the catalogue's spec). */
export function withTexts(definition: CalculatorDefinition, texts: FormTexts): CalculatorSpec {
  return { ...definition, title: texts.title, fields: withLabels(definition.fields, texts.fields) };
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
