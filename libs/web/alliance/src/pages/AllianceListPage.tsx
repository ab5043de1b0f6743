import { Link } from 'react-router';
import { useQuery } from 'urql';
import { ErrorAlert, LoadingStatus, PageTitle, useFormat } from '@pakt/web-ui';
import { AlliancesQuery } from '../graphql/queries';
import { useAllianceMessages } from '../messages';
import { alliancePath } from '../paths';

export function AllianceListPage() {
  const { t } = useAllianceMessages();
  const format = useFormat();
  const [{ data, error }, reexecute] = useQuery({ query: AlliancesQuery });
  const retry = () => reexecute({ requestPolicy: 'network-only' });

  return (
    <>
      <PageTitle title={t('list.title')} />
      <h1>{t('list.title')}</h1>
      <p className="lead">{t('list.intro')}</p>
      {error ? (
        <ErrorAlert onRetry={retry} />
      ) : !data ? (
        <LoadingStatus />
      ) : data.alliances.length === 0 ? (
        <p>{t('list.empty')}</p>
      ) : (
        <ul className="card-grid">
          {data.alliances.map((alliance) => (
            <li key={alliance.id} className="card">
              <h2 className="card__title">
                <Link to={alliancePath(alliance.slug)}>{alliance.name}</Link>
              </h2>
              <dl className="facts">
                {alliance.state && (
                  <>
                    <dt>{t('list.state')}</dt>
                    <dd>{alliance.state}</dd>
                  </>
                )}
                {alliance.constitutedOn && (
                  <>
                    <dt>{t('list.constitutedOn')}</dt>
                    <dd>{format.date(alliance.constitutedOn)}</dd>
                  </>
                )}
              </dl>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
