import { werkervaringsplaatsSpec } from '../../lib/rekenhulpen/specs/werkervaringsplaats-spec';
import { Calculator, type CalculatorIslandProps } from './Calculator';

/** Island for the werkervaringsplaats calculator; imports only its own spec to keep the page's JavaScript small. */
export default function WerkervaringsplaatsCalculator(props: CalculatorIslandProps) {
  return <Calculator spec={werkervaringsplaatsSpec} {...props} />;
}
