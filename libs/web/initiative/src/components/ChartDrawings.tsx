import { Area, AreaChart, CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { InitiativeStatus } from '@pakt/domain';
import { LOCALES, useFormat } from '@pakt/web-ui';
import { useInitiativeMessages } from '../messages';
import { chronological, formatMonth, type IndicatorSeries, type ProgressPoint, type StatusCountsAt, statusesShown } from './chart-data';

// The drawings of the initiative pages (recharts), loaded only where a chart is shown. Their
// wrappers give each one role="img" with a spoken summary and the values as a table beside it.
// Colours have at least 3:1 contrast against white (WCAG 1.4.11); statuses also differ by pattern
// in the legend's order and the table, so no one depends on telling colours apart.

const AXIS_TICK = { fill: '#1b1f24' };
const STATUS_COLOURS: Record<InitiativeStatus, string> = {
  PLANNED: '#6b3fa0',
  RUNNING: '#0b4f8a',
  PAUSED: '#8a5a00',
  COMPLETED: '#2b6a2f',
  CANCELLED: '#a4161a',
};

/** Percent complete over the reports' reference dates. */
export function ProgressDrawing({ points }: { points: readonly ProgressPoint[] }) {
  const { t } = useInitiativeMessages();
  const format = useFormat();
  const rows = chronological(points).map((point) => ({ on: format.date(point.reportedOn), percent: point.percent }));
  return (
    <ResponsiveContainer width="100%" height={260}>
      <LineChart data={rows} margin={{ top: 8, right: 24, bottom: 8, left: 8 }} accessibilityLayer={false}>
        <CartesianGrid stroke="#d5dbe1" />
        <XAxis dataKey="on" tick={AXIS_TICK} />
        <YAxis domain={[0, 100]} unit=" %" width={56} tick={AXIS_TICK} />
        <Tooltip />
        <Line dataKey="percent" name={t('reports.percent')} stroke="#0b4f8a" strokeWidth={2} dot={{ r: 4, fill: '#0b4f8a' }} isAnimationActive={false} />
      </LineChart>
    </ResponsiveContainer>
  );
}

/** An indicator's measured values, with its baseline and target as dashed reference lines. */
export function IndicatorDrawing({ series }: { series: IndicatorSeries }) {
  const { t } = useInitiativeMessages();
  const format = useFormat();
  const rows = [...series.values].sort((a, b) => a.on.localeCompare(b.on)).map((point) => ({ on: format.date(point.on), value: point.value }));
  return (
    <ResponsiveContainer width="100%" height={240}>
      <LineChart data={rows} margin={{ top: 16, right: 24, bottom: 8, left: 16 }} accessibilityLayer={false}>
        <CartesianGrid stroke="#d5dbe1" />
        <XAxis dataKey="on" tick={AXIS_TICK} />
        <YAxis tickFormatter={(value: number) => format.number(value)} width={72} tick={AXIS_TICK} />
        <Tooltip formatter={(value) => (typeof value === 'number' ? format.number(value) : String(value))} />
        {series.baseline !== null && (
          <ReferenceLine y={series.baseline} stroke="#4a5562" strokeDasharray="4 4" label={{ value: t('indicators.baselineLine'), position: 'insideTopLeft', fill: '#1b1f24' }} />
        )}
        {series.target !== null && (
          <ReferenceLine y={series.target} stroke="#2b6a2f" strokeDasharray="8 4" label={{ value: t('indicators.targetLine'), position: 'insideTopRight', fill: '#1b1f24' }} />
        )}
        <Line dataKey="value" name={t('indicators.measured')} stroke="#0b4f8a" strokeWidth={2} dot={{ r: 4, fill: '#0b4f8a' }} isAnimationActive={false} />
      </LineChart>
    </ResponsiveContainer>
  );
}

/** How many initiatives were in each status, stacked, over the dashboard's time line. */
export function StatusOverTimeDrawing({ points }: { points: readonly StatusCountsAt[] }) {
  const { t, language } = useInitiativeMessages();
  const statuses = statusesShown(points);
  const rows = points.map((point) => ({ on: formatMonth(point.month, LOCALES[language]), ...point.counts }));
  return (
    <ResponsiveContainer width="100%" height={300}>
      <AreaChart data={rows} margin={{ top: 8, right: 24, bottom: 8, left: 8 }} accessibilityLayer={false}>
        <CartesianGrid stroke="#d5dbe1" />
        <XAxis dataKey="on" tick={AXIS_TICK} />
        <YAxis allowDecimals={false} width={48} tick={AXIS_TICK} />
        <Tooltip />
        <Legend />
        {statuses.map((status) => (
          <Area
            key={status}
            type="stepAfter"
            dataKey={status}
            name={t(`statuses.${status}`)}
            stackId="statuses"
            stroke={STATUS_COLOURS[status]}
            fill={STATUS_COLOURS[status]}
            fillOpacity={0.35}
            isAnimationActive={false}
          />
        ))}
      </AreaChart>
    </ResponsiveContainer>
  );
}
