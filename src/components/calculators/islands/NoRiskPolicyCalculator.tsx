import { noRiskPolicySpec } from '../../../lib/calculators/specs/no-risk-policy';
import { calculatorIsland } from '../Calculator';
import { ResultTable } from '../ResultTable';

export default calculatorIsland(noRiskPolicySpec, ResultTable);
