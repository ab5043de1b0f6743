import { lazy, Suspense, useId } from 'react';
import { useFormat } from '@pakt/web-ui';
import { useDecisionsMessages } from '../messages';
import type { CampOutcome } from './outcome';

// The chart library is large; only a page with a result loads it.
const ResultDrawing = lazy(() => import('./ResultDrawing'));

export interface ResultBar {
  readonly label: string;
  readonly value: number;
}

export interface ResultChartProps {
  readonly bars: readonly ResultBar[];
  readonly camps: readonly CampOutcome[];
}

/**
 * The votes per answer as a bar chart, and for a double majority the votes per group. Each
 * drawing is one image with a spoken summary (role="img"); the tables beside it are the full
 * text alternative for screen readers and keyboards.
 */
export function ResultChart({ bars, camps }: ResultChartProps) {
  const { t } = useDecisionsMessages();
  const format = useFormat();
  const campsHeading = useId();
  const summary = bars.map((bar) => t('result.count', { option: bar.label, count: format.number(bar.value) })).join(', ');
  const campSummary = camps
    .map((camp) => `${camp.camp}: ${t('reason.countsYesNo', { yes: format.number(camp.support), no: format.number(camp.against), abstain: format.number(camp.abstain) })}`)
    .join('; ');
  const loading = <p className="muted">{t('result.loadingChart')}</p>;
  return (
    <>
      <div role="img" aria-label={t('result.chart', { summary })} className="ballot-chart">
        <Suspense fallback={loading}>
          <ResultDrawing kind="answers" bars={bars} />
        </Suspense>
      </div>
      <details className="ballot-chart__table">
        <summary>{t('result.table')}</summary>
        <table className="admin-table">
          <caption className="visually-hidden">{t('result.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('result.option')}</th>
              <th scope="col" className="ballot-number">
                {t('result.votes')}
              </th>
            </tr>
          </thead>
          <tbody>
            {bars.map((bar) => (
              <tr key={bar.label}>
                <th scope="row">{bar.label}</th>
                <td className="ballot-number">{format.number(bar.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      {camps.length > 0 && (
        <section aria-labelledby={campsHeading}>
          <h3 id={campsHeading}>{t('result.camps')}</h3>
          <div role="img" aria-label={t('result.chartCamps', { summary: campSummary })} className="ballot-chart">
            <Suspense fallback={loading}>
              <ResultDrawing
                kind="camps"
                camps={camps.map((camp) => ({ camp: camp.camp, support: camp.support, against: camp.against, abstain: camp.abstain }))}
                labels={{ support: t('choice.YES'), against: t('choice.NO'), abstain: t('choice.ABSTAIN') }}
              />
            </Suspense>
          </div>
          <table className="admin-table">
            <caption className="visually-hidden">{t('result.campsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('result.camp')}</th>
                <th scope="col" className="ballot-number">
                  {t('choice.YES')}
                </th>
                <th scope="col" className="ballot-number">
                  {t('choice.NO')}
                </th>
                <th scope="col" className="ballot-number">
                  {t('choice.ABSTAIN')}
                </th>
                <th scope="col">{t('result.campOutcome')}</th>
              </tr>
            </thead>
            <tbody>
              {camps.map((camp) => (
                <tr key={camp.camp}>
                  <th scope="row">{camp.camp}</th>
                  <td className="ballot-number">{format.number(camp.support)}</td>
                  <td className="ballot-number">{format.number(camp.against)}</td>
                  <td className="ballot-number">{format.number(camp.abstain)}</td>
                  <td>{camp.accepted ? t('result.campReached') : t('result.campMissed')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </>
  );
}
