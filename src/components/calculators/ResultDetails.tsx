import type { CalculatorView } from '../../lib/calculators/calculator-view';
import { formatEuro } from '../../lib/format/numbers';

interface Props {
  view: CalculatorView;
}

/** The result lines in titled groups; every amount is positive, its label says whether it is a cost or a gain. */
export function ResultDetails({ view }: Props) {
  return (
    <>
      {view.groups.map((group) => (
        <div key={group.heading} class="calc-group">
          <h4 class="calc-group-title">{group.heading}</h4>
          <dl class="calc-rows">
            {group.rows.map((row) => (
              <div key={row.label} class={row.isTotal ? 'calc-total' : undefined}>
                <dt>{row.label}</dt>
                <dd>{row.text ?? formatEuro(row.amount)}</dd>
              </div>
            ))}
          </dl>
        </div>
      ))}
    </>
  );
}
