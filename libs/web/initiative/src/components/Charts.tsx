import { lazy, Suspense, useId, type ReactNode } from 'react';
import { INITIATIVE_STATUSES } from '@pakt/domain';
import { LOCALES, useFormat } from '@pakt/web-ui';
import { useInitiativeMessages } from '../messages';
import { chronological, formatMonth, type IndicatorSeries, type ProgressPoint, type StatusCountsAt } from './chart-data';

// The chart library is large; only pages that draw a chart load it.
const ProgressDrawing = lazy(() => import('./ChartDrawings').then((module) => ({ default: module.ProgressDrawing })));
const IndicatorDrawing = lazy(() => import('./ChartDrawings').then((module) => ({ default: module.IndicatorDrawing })));
const StatusOverTimeDrawing = lazy(() => import('./ChartDrawings').then((module) => ({ default: module.StatusOverTimeDrawing })));

interface ChartFrameProps {
  readonly title: string;
  /** What the drawing shows, spoken for it (role="img"). */
  readonly label: string;
  readonly empty: boolean;
  readonly emptyText: string;
  readonly drawing: ReactNode;
  /** The values as a table in a disclosure, when the page does not list them elsewhere. */
  readonly table?: { readonly summary: string; readonly content: ReactNode };
  /** The level of the chart's heading within the page; 3 unless said otherwise. */
  readonly headingLevel?: 2 | 3;
}

/** A chart: its heading, the drawing as one image with a summary, and the values as a table. */
function ChartFrame({ title, label, empty, emptyText, drawing, table, headingLevel = 3 }: ChartFrameProps) {
  const { t } = useInitiativeMessages();
  const headingId = useId();
  const Heading = `h${headingLevel}` as const;
  return (
    <figure className="initiative-chart" aria-labelledby={headingId}>
      <Heading id={headingId} className="initiative-chart__title">
        {title}
      </Heading>
      <div role="img" aria-label={label} className="initiative-chart__drawing">
        {empty ? <p className="muted">{emptyText}</p> : <Suspense fallback={<p className="muted">{t('reports.loading')}</p>}>{drawing}</Suspense>}
      </div>
      {table && !empty && (
        <details className="initiative-chart__table">
          <summary>{table.summary}</summary>
          {table.content}
        </details>
      )}
    </figure>
  );
}

/** Percent complete over time; the reports' own table beside it holds the same values. */
export function ProgressChart({ points }: { points: readonly ProgressPoint[] }) {
  const { t } = useInitiativeMessages();
  const format = useFormat();
  const ordered = chronological(points);
  const first = ordered[0];
  const last = ordered[ordered.length - 1];
  const label =
    first && last
      ? t('reports.chartLabel', { first: first.percent, from: format.date(first.reportedOn), last: last.percent, to: format.date(last.reportedOn) })
      : t('reports.chartEmpty');
  return (
    <ChartFrame
      title={t('reports.chartTitle')}
      label={label}
      empty={ordered.length === 0}
      emptyText={t('reports.chartEmpty')}
      drawing={<ProgressDrawing points={ordered} />}
    />
  );
}

/** One indicator of the initiative: measured values against baseline and target, with a table. */
export function IndicatorProgressChart({ series }: { series: IndicatorSeries }) {
  const { t } = useInitiativeMessages();
  const format = useFormat();
  const values = [...series.values].sort((a, b) => a.on.localeCompare(b.on));
  const first = values[0];
  const last = values[values.length - 1];
  const number = (value: number | null) => (value === null ? t('common.none') : format.number(value));
  const label =
    first && last
      ? t('indicators.chartLabel', {
          name: series.name,
          unit: series.unit,
          from: format.date(first.on),
          to: format.date(last.on),
          baseline: number(series.baseline),
          target: number(series.target),
        })
      : t('indicators.chartEmpty', { name: series.name });
  return (
    <ChartFrame
      title={`${series.name} (${series.unit})`}
      label={label}
      empty={values.length === 0}
      emptyText={t('indicators.chartEmpty', { name: series.name })}
      drawing={<IndicatorDrawing series={series} />}
      table={{
        summary: t('indicators.table'),
        content: (
          <table className="admin-table">
            <caption className="visually-hidden">{series.name}</caption>
            <thead>
              <tr>
                <th scope="col">{t('indicators.date')}</th>
                <th scope="col">{t('indicators.measured')}</th>
              </tr>
            </thead>
            <tbody>
              {values.map((point) => (
                <tr key={point.on}>
                  <th scope="row">{format.date(point.on)}</th>
                  <td className="initiative-number">{format.number(point.value)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ),
      }}
    />
  );
}

/** The dashboard's status over time, stacked, with every moment's counts in a table. */
export function StatusOverTimeChart({ points, title }: { points: readonly StatusCountsAt[]; title: string }) {
  const { t, language } = useInitiativeMessages();
  const month = (value: string) => formatMonth(value, LOCALES[language]);
  const first = points[0];
  const last = points[points.length - 1];
  const label =
    first && last
      ? t('dashboard.overTimeLabel', {
          from: month(first.month),
          to: month(last.month),
          summary: INITIATIVE_STATUSES.map((status) => `${t(`statuses.${status}`)} ${last.counts[status]}`).join(', '),
        })
      : t('dashboard.overTimeEmpty');
  return (
    <ChartFrame
      title={title}
      headingLevel={2}
      label={label}
      empty={points.length === 0}
      emptyText={t('dashboard.overTimeEmpty')}
      drawing={<StatusOverTimeDrawing points={points} />}
      table={{
        summary: t('dashboard.overTimeTable'),
        content: (
          <table className="admin-table">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{t('dashboard.month')}</th>
                {INITIATIVE_STATUSES.map((status) => (
                  <th key={status} scope="col">
                    {t(`statuses.${status}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {points.map((point) => (
                <tr key={point.month}>
                  <th scope="row">{month(point.month)}</th>
                  {INITIATIVE_STATUSES.map((status) => (
                    <td key={status} className="initiative-number">
                      {point.counts[status]}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        ),
      }}
    />
  );
}
