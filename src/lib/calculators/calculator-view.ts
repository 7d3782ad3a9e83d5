import type { FieldSpec, FieldValues } from './form-model';
import type { YearParameters } from './year-parameters';

/** One line of the result list. */
export interface ResultRow {
  label: string;
  amount: number;
  /** Shown in bold as the outcome. */
  isTotal?: boolean;
}

/** A table with more detail, e.g. one row per year. */
export interface ResultTable {
  caption: string;
  head: string[];
  body: string[][];
}

/** What a calculator shows for valid input. */
export interface CalculatorView {
  /** One sentence for the screen-reader announcement. */
  summary: string;
  rows: ResultRow[];
  /** Main amounts for the bar chart (and its screen-reader table). */
  chart: { label: string; amount: number }[];
  table?: ResultTable;
  /** Short remarks shown under the result. */
  notes: string[];
  /** Optional pointer to a related page. */
  link?: { text: string; href: string };
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
