import { useFormat } from '@pakt/web-ui';
import { useIndicatorMessages } from '../messages';
import { type ChartIndicator, periodsOf, valueAt } from './chart-data';

/**
 * The values as a table, one row per year and one column per series: what the chart shows, for
 * everyone who cannot see it, and for reading exact figures.
 */
export function ObservationTable({ indicator }: { indicator: ChartIndicator }) {
  const { t } = useIndicatorMessages();
  const format = useFormat();
  const periods = periodsOf(indicator);
  if (periods.length === 0) return <p className="muted">{t('chart.empty')}</p>;
  return (
    <div className="indicator-table">
      <table className="admin-table">
        <caption>{t('chart.caption', { name: indicator.name, unit: indicator.unit })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('chart.year')}</th>
            {indicator.series.map((series) => (
              <th key={series} scope="col">
                {series}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {periods.map((period) => (
            <tr key={period}>
              <th scope="row">{period}</th>
              {indicator.series.map((series) => {
                const value = valueAt(indicator, series, period);
                return (
                  <td key={series} className="indicator-table__number">
                    {value === null ? '–' : format.number(value)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
