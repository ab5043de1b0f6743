import { Link } from 'react-router';
import { useQuery } from 'urql';
import { ErrorAlert, Fact, Facts, LoadingStatus, PageTitle, useFormat } from '@pakt/web-ui';
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
              <Facts>
                {alliance.state && <Fact term={t('list.state')}>{alliance.state}</Fact>}
                {alliance.constitutedOn && (
                  <Fact term={t('list.constitutedOn')}>{format.date(alliance.constitutedOn)}</Fact>
                )}
              </Facts>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
