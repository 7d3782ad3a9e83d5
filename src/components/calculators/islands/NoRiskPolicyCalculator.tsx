import { noRiskPolicySpec } from '../../../lib/calculators/specs/no-risk-policy';
import { Calculator, type CalculatorIslandProps } from '../Calculator';
import { ResultTable } from '../ResultTable';

/** Island for the no-riskpolis calculator: its own spec and the per-year table, to keep each page's JavaScript small. */
export default function NoRiskPolicyCalculator(props: CalculatorIslandProps) {
  return <Calculator spec={noRiskPolicySpec} Table={ResultTable} {...props} />;
}
