import type { ResultTable as Table } from '../../lib/calculators/calculator-view';

/** Props of a calculator's detail table. */
export interface ResultTableProps {
  table: Table;
  /** Prefix that makes element ids unique per calculator. */
  idPrefix: string;
}

/**
 * A detail table, e.g. one row per year. On a narrow screen it is a list of cards, so nothing needs sideways scrolling
 * and no word breaks; from 640 px it is a table in a region the keyboard can scroll. Only calculators with a table
 * pass it to the island (see islands/NoRiskPolicyCalculator.tsx), so the others do not load its code.
 */
export function ResultTable({ table, idPrefix }: ResultTableProps) {
  const captionId = `${idPrefix}-tabel`;
  return (
    <div class="calc-group">
      <h4 id={captionId} class="calc-group-title">
        {table.caption}
      </h4>
      <ul class="calc-cards">
        {table.body.map((cells) => (
          <li key={cells[0]} class="calc-card">
            <p>
              {table.head[0]} {cells[0]}
            </p>
            <dl>
              {cells.slice(1).map((cell, index) => (
                <div key={table.head[index + 1]}>
                  <dt>{table.head[index + 1]}</dt>
                  <dd>{cell}</dd>
                </div>
              ))}
            </dl>
          </li>
        ))}
      </ul>
      <div class="calc-table-region" tabIndex={0} role="region" aria-labelledby={captionId}>
        <table class="calc-table" aria-labelledby={captionId}>
          <thead>
            <tr>
              {table.head.map((heading) => (
                <th key={heading} scope="col">
                  {heading}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.body.map((cells) => (
              <tr key={cells[0]}>
                {cells.map((cell, index) =>
                  index === 0 ? (
                    <th key={index} scope="row">
                      {cell}
                    </th>
                  ) : (
                    <td key={index}>{cell}</td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
