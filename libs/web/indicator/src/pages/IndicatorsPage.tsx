import { useId } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { ErrorAlert, LoadingStatus, NotFound, PageTitle, useFormat } from '@pakt/web-ui';
import { latestValues } from '../components/chart-data';
import { DetailsForm } from '../components/DetailsForm';
import { managesIndicators } from '../components/write-problem';
import { CreateIndicatorMutation } from '../graphql/mutations';
import { IndicatorListQuery } from '../graphql/queries';
import { useIndicatorMessages } from '../messages';
import { indicatorPath } from '../paths';

/** /alliances/:slug/indicators — the alliance's indicators with their latest values; those who manage them create new ones here. */
export function IndicatorsPage() {
  const { slug = '' } = useParams();
  const { t } = useIndicatorMessages();
  const format = useFormat();
  const navigate = useNavigate();
  const createHeading = useId();
  const [{ data, error }, reexecute] = useQuery({ query: IndicatorListQuery, variables: { slug }, requestPolicy: 'cache-and-network' });
  const [, create] = useMutation(CreateIndicatorMutation);

  if (error && !data) return <ErrorAlert onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!data) return <LoadingStatus />;
  const alliance = data.alliance;
  if (!alliance) return <NotFound />;
  const title = t('list.titleOf', { name: alliance.name });

  return (
    <>
      <PageTitle title={title} />
      <Link to={`/alliances/${encodeURIComponent(alliance.slug)}`} className="back-link">
        {t('list.toOverview')}
      </Link>
      <h1>{title}</h1>
      <p className="lead">{t('list.intro')}</p>
      {alliance.indicators.length === 0 ? (
        <p>{t('list.none')}</p>
      ) : (
        <div className="indicator-table">
          <table className="admin-table">
            <caption className="visually-hidden">{t('list.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('list.name')}</th>
                <th scope="col">{t('list.unit')}</th>
                <th scope="col">{t('list.source')}</th>
                <th scope="col">{t('list.latest')}</th>
              </tr>
            </thead>
            <tbody>
              {alliance.indicators.map((indicator) => {
                const latest = latestValues(indicator);
                return (
                  <tr key={indicator.id}>
                    <th scope="row">
                      <Link to={indicatorPath(alliance.slug, indicator.id)}>{indicator.name}</Link>
                    </th>
                    <td>{indicator.unit}</td>
                    <td>{indicator.source ?? '–'}</td>
                    <td>
                      {latest.length === 0 ? (
                        <span className="muted">{t('list.noValues')}</span>
                      ) : (
                        <ul className="plain-list">
                          {latest.map((entry) => (
                            <li key={entry.series}>
                              {t('list.latestValue', { series: entry.series, period: entry.period, value: format.number(entry.value) })}
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {managesIndicators(alliance) && (
        <section aria-labelledby={createHeading} className="indicator-section">
          <h2 id={createHeading}>{t('form.createTitle')}</h2>
          <DetailsForm
            initial={{ name: '', unit: '', description: '', source: '' }}
            submitLabel={t('form.createSubmit')}
            onSubmit={async (values) => {
              const result = await create({
                input: {
                  allianceId: alliance.id,
                  name: values.name,
                  unit: values.unit,
                  description: values.description.trim() || null,
                  source: values.source.trim() || null,
                },
              });
              const created = result.data?.createIndicator;
              if (created) navigate(indicatorPath(alliance.slug, created.id), { state: { created: true } });
              return result.error;
            }}
          />
        </section>
      )}
    </>
  );
}
