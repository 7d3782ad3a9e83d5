import { noRiskpolisSpec } from '../../lib/rekenhulpen/specs/no-riskpolis-spec';
import { Calculator, type CalculatorIslandProps } from './Calculator';

/** Island for the no-riskpolis calculator; imports only its own spec to keep the page's JavaScript small. */
export default function NoRiskpolisCalculator(props: CalculatorIslandProps) {
  return <Calculator spec={noRiskpolisSpec} {...props} />;
}
