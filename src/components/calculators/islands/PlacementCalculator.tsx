import { placementSpec } from '../../../lib/calculators/specs/placement';
import { calculatorIsland } from '../Calculator';

export default calculatorIsland(placementSpec);
