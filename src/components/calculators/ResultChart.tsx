import { formatEuroWhole } from '../../lib/format/numbers';

interface Props {
  bars: { label: string; amount: number }[];
}

const WIDTH = 320;
const BAR_AREA = 200;
const ROW_HEIGHT = 44;

/**
 * Horizontal bar chart of the main amounts (never negative). It only repeats the result lines above it, so it is
 * hidden from screen readers, who get those lines with their exact amounts.
 */
export function ResultChart({ bars }: Props) {
  const max = Math.max(1, ...bars.map((b) => b.amount));
  const height = bars.length * ROW_HEIGHT;
  return (
    <svg viewBox={`0 0 ${WIDTH} ${height}`} width={WIDTH} height={height} class="calc-chart" aria-hidden="true">
      {bars.map((bar, index) => {
        const y = index * ROW_HEIGHT;
        const width = Math.max((bar.amount / max) * BAR_AREA, 1);
        return (
          <g key={bar.label}>
            <text x="0" y={y + 14} font-size="13" fill="#1b1f23">
              {bar.label}
            </text>
            <rect x="0" y={y + 20} width={width} height="16" fill="#0b5563" />
            <text x={width + 6} y={y + 33} font-size="13" fill="#1b1f23">
              {formatEuroWhole(bar.amount)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
