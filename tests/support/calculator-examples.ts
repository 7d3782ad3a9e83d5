// Every calculator's worked example (its spec's `example`), as the browser suites type it and expect it: so a
// calculator added to the catalogue is tested with and without JavaScript, for its budget and in print, without a
// test table to extend.
import { bothYears } from '../unit/lib/calculators/fixtures';
import { CALCULATORS } from '../../src/lib/calculators/catalogue';
import type { CalculatorExample, CalculatorSpec } from '../../src/lib/calculators/calculator-view';
import { resolveRawValues, validateFields } from '../../src/lib/calculators/form-model';
import { urlParamName } from '../../src/lib/calculators/url-state';
import { parametersForYear } from '../../src/lib/calculators/year-parameters';
import { todayInNetherlands } from '../../src/lib/format/dates';

/** One input of an example: the control's label, the value, and how to set it. */
export interface ExampleInput {
  label: string;
  value: string;
  control: 'fill' | 'select' | 'check';
}

export interface ExampleCase {
  slug: string;
  spec: CalculatorSpec;
  /** What to type, in form order. */
  inputs: ExampleInput[];
  /** The query of the result page for the example's inputs. */
  query: string;
  /** The summary the page must show today (with ordinary spaces). */
  summary: string;
}

/**
 * The summary of an example on the day the test runs. A calculator that counts from today gets its example worked out
 * for today with the spec itself (its examples are given in weeks, so only the dates move, and they do not depend on
 * the year's amounts); every other calculator must show the summary worked out by hand.
 */
function summaryToday(spec: CalculatorSpec, example: CalculatorExample): string {
  if (!spec.usesToday) return example.summary;
  const today = todayInNetherlands();
  const { year, raw } = resolveRawValues(spec.fields, bothYears, 2026, example.inputs);
  const { values, errors } = validateFields(spec.fields, raw, { today });
  if (Object.keys(errors).length > 0) throw new Error(`example of ${spec.prefix}: ${JSON.stringify(errors)}`);
  const view = spec.compute(values, {
    year,
    parametersFor: (y) => parametersForYear(bothYears, y),
    allParameters: bothYears,
    today,
  });
  return view.summary.replace(/\u00a0/g, ' ');
}

/** Every calculator of the catalogue with its example; never empty. */
export const EXAMPLE_CASES: ExampleCase[] = CALCULATORS.map(({ slug, spec, example }) => {
  const inputs = Object.entries(example.inputs).map(([key, value]): ExampleInput => {
    if (key === 'jaar') return { label: spec.yearLabel ?? 'Rekenjaar', value, control: 'select' };
    const field = spec.fields.find((candidate) => candidate.key === key);
    if (!field) throw new Error(`example of ${slug}: no field ${key}`);
    return { label: field.label, value, control: field.kind === 'toggle' ? 'check' : 'fill' };
  });
  const query = `?${new URLSearchParams(
    Object.entries(example.inputs).map(([key, value]) => [urlParamName(spec.prefix, key), value]),
  ).toString()}`;
  return { slug, spec, inputs, query, summary: summaryToday(spec, example) };
});
if (EXAMPLE_CASES.length === 0) throw new Error('The catalogue has no calculators to test.');
