import { verzuimkostenSpec } from '../../lib/rekenhulpen/specs/verzuimkosten-spec';
import { Calculator, type CalculatorIslandProps } from './Calculator';

/** Island for the verzuimkosten calculator; imports only its own spec to keep the page's JavaScript small. */
export default function VerzuimkostenCalculator(props: CalculatorIslandProps) {
  return <Calculator spec={verzuimkostenSpec} {...props} />;
}
