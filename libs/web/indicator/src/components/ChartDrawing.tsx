import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useFormat } from '@pakt/web-ui';
import { type ChartIndicator, chartRows, periodsOf } from './chart-data';

// Told apart by colour, line pattern and marker shape, so no one depends on seeing colours.
// Each colour has at least 3:1 contrast against white (WCAG 1.4.11).
const STYLES = [
  { stroke: '#0b4f8a', dash: undefined, dot: 'circle' },
  { stroke: '#a4161a', dash: '8 4', dot: 'square' },
  { stroke: '#2b6a2f', dash: '2 3', dot: 'triangle' },
  { stroke: '#6b3fa0', dash: '12 4 2 4', dot: 'diamond' },
  { stroke: '#8a5a00', dash: '4 4', dot: 'circle' },
  { stroke: '#1b1f24', dash: '1 4', dot: 'square' },
] as const;

/** The drawing of IndicatorChart (recharts), loaded only when a chart is shown; IndicatorChart gives it role="img" and its label. */
export default function ChartDrawing({ indicator }: { indicator: ChartIndicator }) {
  const format = useFormat();
  const rows = chartRows(indicator);
  const periods = periodsOf(indicator);
  return (
    <ResponsiveContainer width="100%" height={320}>
      <LineChart data={rows} margin={{ top: 8, right: 24, bottom: 8, left: 16 }} accessibilityLayer={false}>
        <CartesianGrid stroke="#d5dbe1" />
        <XAxis
          dataKey="period"
          type="number"
          domain={['dataMin', 'dataMax']}
          allowDecimals={false}
          // Each year with values gets its tick, unless there are too many to read.
          ticks={periods.length <= 15 ? periods : undefined}
          tick={{ fill: '#1b1f24' }}
        />
        <YAxis tickFormatter={(value: number) => format.number(value)} width={80} tick={{ fill: '#1b1f24' }} />
        <Tooltip formatter={(value) => (typeof value === 'number' ? format.number(value) : String(value))} labelFormatter={String} />
        <Legend />
        {indicator.series.map((series, index) => {
          const style = STYLES[index % STYLES.length]!;
          return (
            <Line
              key={series}
              dataKey={`s${index}`}
              name={series}
              stroke={style.stroke}
              strokeWidth={2}
              strokeDasharray={style.dash}
              dot={{ r: 4, fill: style.stroke }}
              legendType={style.dot}
              connectNulls
              isAnimationActive={false}
            />
          );
        })}
      </LineChart>
    </ResponsiveContainer>
  );
}
