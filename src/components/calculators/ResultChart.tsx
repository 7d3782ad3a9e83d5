import { formatEuro, formatEuroWhole } from '../../lib/format/numbers';

interface Props {
  bars: { label: string; amount: number }[];
  caption: string;
}

const WIDTH = 320;
const BAR_AREA = 200;
const ROW_HEIGHT = 44;

/** Horizontal bar chart of the main amounts; screen readers get the same figures as a table. */
export function ResultChart({ bars, caption }: Props) {
  const max = Math.max(1, ...bars.map((b) => Math.abs(b.amount)));
  const height = bars.length * ROW_HEIGHT;
  return (
    <figure class="mt-6 print:hidden">
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        width={WIDTH}
        height={height}
        class="h-auto w-full max-w-xl"
        aria-hidden="true"
        focusable="false"
      >
        {bars.map((bar, index) => {
          const y = index * ROW_HEIGHT;
          const width = (Math.abs(bar.amount) / max) * BAR_AREA;
          return (
            <g key={bar.label}>
              <text x="0" y={y + 14} font-size="13" fill="#1b1f23">
                {bar.label}
              </text>
              <rect x="0" y={y + 20} width={Math.max(width, 1)} height="16" fill="#0b5563" />
              <text x={Math.max(width, 1) + 6} y={y + 33} font-size="13" fill="#1b1f23">
                {formatEuroWhole(bar.amount)}
              </text>
            </g>
          );
        })}
      </svg>
      <div class="sr-only">
        <table>
          <caption>{caption}</caption>
          <tbody>
            {bars.map((bar) => (
              <tr key={bar.label}>
                <th scope="row">{bar.label}</th>
                <td>{formatEuro(bar.amount)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
