import { placementSpec } from '../../../lib/calculators/specs/placement';
import { Calculator, type CalculatorIslandProps } from '../Calculator';

/** Island for the werkervaringsplaats calculator; imports only its own spec to keep the page's JavaScript small. */
export default function PlacementCalculator(props: CalculatorIslandProps) {
  return <Calculator spec={placementSpec} {...props} />;
}
