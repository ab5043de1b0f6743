import { lazy, Suspense, useId } from 'react';
import { useIndicatorMessages } from '../messages';
import { type ChartIndicator, periodsOf } from './chart-data';
import { ObservationTable } from './ObservationTable';

// The chart library is large; only pages that draw a chart load it.
const ChartDrawing = lazy(() => import('./ChartDrawing'));

export interface IndicatorChartProps {
  readonly indicator: ChartIndicator;
  /** The level of the chart's heading within the page; 2 unless said otherwise. */
  readonly headingLevel?: 2 | 3 | 4 | 5;
}

/**
 * An indicator as a line chart, one line per series over the years, with the same values as a
 * table. The drawing is one image with a spoken summary (role="img"); the table is the real
 * alternative, open for anyone to read with a screen reader or keyboard.
 */
export function IndicatorChart({ indicator, headingLevel = 2 }: IndicatorChartProps) {
  const { t } = useIndicatorMessages();
  const headingId = useId();
  const Heading = `h${headingLevel}` as const;
  const periods = periodsOf(indicator);
  const label =
    periods.length === 0
      ? t('chart.labelEmpty', { name: indicator.name })
      : t('chart.label', {
          name: indicator.name,
          unit: indicator.unit,
          series: indicator.series.join(', '),
          from: periods[0]!,
          to: periods[periods.length - 1]!,
        });

  return (
    <figure className="indicator-chart" aria-labelledby={headingId}>
      <Heading id={headingId} className="indicator-chart__title">
        {indicator.name} <span className="muted">({indicator.unit})</span>
      </Heading>
      <div role="img" aria-label={label} className="indicator-chart__drawing">
        {periods.length === 0 ? (
          <p className="muted">{t('chart.empty')}</p>
        ) : (
          <Suspense fallback={<p className="muted">{t('chart.loading')}</p>}>
            <ChartDrawing indicator={indicator} />
          </Suspense>
        )}
      </div>
      {periods.length > 0 && (
        <details className="indicator-chart__table">
          <summary>{t('chart.table')}</summary>
          <ObservationTable indicator={indicator} />
        </details>
      )}
    </figure>
  );
}
