import { noRiskPolicySpec } from '../../../lib/calculators/specs/no-risk-policy';
import { Calculator, type CalculatorIslandProps } from '../Calculator';

/** Island for the no-riskpolis calculator; imports only its own spec to keep the page's JavaScript small. */
export default function NoRiskPolicyCalculator(props: CalculatorIslandProps) {
  return <Calculator spec={noRiskPolicySpec} {...props} />;
}
