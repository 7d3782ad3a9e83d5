import { absenceCostsSpec } from '../../../lib/calculators/specs/absence-costs';
import { calculatorIsland } from '../Calculator';

export default calculatorIsland(absenceCostsSpec);
