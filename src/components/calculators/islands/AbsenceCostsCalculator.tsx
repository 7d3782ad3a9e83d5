import { absenceCostsSpec } from '../../../lib/calculators/specs/absence-costs';
import { Calculator, type CalculatorIslandProps } from '../Calculator';

/** Island for the verzuimkosten calculator; imports only its own spec to keep the page's JavaScript small. */
export default function AbsenceCostsCalculator(props: CalculatorIslandProps) {
  return <Calculator spec={absenceCostsSpec} {...props} />;
}
