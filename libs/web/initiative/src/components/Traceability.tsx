import { useId } from 'react';
import { Link } from 'react-router';
import { indicatorPath } from '@pakt/web-indicator';
import { recommendationPath } from '@pakt/web-recommendation';
import { useFormat } from '@pakt/web-ui';
import { useInitiativeMessages } from '../messages';

interface TraceabilityProps {
  readonly slug: string;
  readonly name: string;
  readonly indicators: ReadonlyArray<{ readonly id: string; readonly name: string }>;
  readonly recommendations: ReadonlyArray<{ readonly id: string; readonly title: string }>;
  readonly progress: { readonly percent: number; readonly reportedOn: string } | null;
}

/**
 * The chain the initiative belongs to, left to right: the indicators its recommendations cite →
 * those recommendations → the initiative → its latest progress. An ordered list of steps, each
 * with links, so it reads in order without the layout.
 */
export function Traceability({ slug, name, indicators, recommendations, progress }: TraceabilityProps) {
  const { t } = useInitiativeMessages();
  const format = useFormat();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="initiative-section">
      <h2 id={headingId}>{t('trace.title')}</h2>
      <p>{t('trace.intro')}</p>
      <ol className="initiative-trace">
        <li>
          <h3>{t('trace.indicators')}</h3>
          {indicators.length === 0 ? (
            <p className="muted">{t('trace.noIndicators')}</p>
          ) : (
            <ul className="plain-list">
              {indicators.map((indicator) => (
                <li key={indicator.id}>
                  <Link to={indicatorPath(slug, indicator.id)}>{indicator.name}</Link>
                </li>
              ))}
            </ul>
          )}
        </li>
        <li>
          <h3>{t('trace.recommendations')}</h3>
          {recommendations.length === 0 ? (
            <p className="muted">{t('trace.noRecommendations')}</p>
          ) : (
            <ul className="plain-list">
              {recommendations.map((recommendation) => (
                <li key={recommendation.id}>
                  <Link to={recommendationPath(slug, recommendation.id)}>{recommendation.title}</Link>
                </li>
              ))}
            </ul>
          )}
        </li>
        <li>
          <h3>{t('trace.initiative')}</h3>
          <p>{name}</p>
        </li>
        <li>
          <h3>{t('trace.progress')}</h3>
          <p>
            {progress ? <a href="#progress">{t('trace.progressValue', { percent: progress.percent, date: format.date(progress.reportedOn) })}</a> : <span className="muted">{t('trace.noProgress')}</span>}
          </p>
        </li>
      </ol>
    </section>
  );
}
