import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { ErrorAlert, LoadingStatus, PageTitle, useFormat } from '@pakt/web-ui';
import { DoneNotice } from '../components/DoneNotice';
import { StatusBadge } from '../components/StatusBadge';
import { usePeriodText } from '../components/period';
import { managesRegister, WithAlliance, type InitiativeAlliance } from '../components/WithAlliance';
import { PublishInitiativesMutation } from '../graphql/mutations';
import { InitiativePublicationQuery } from '../graphql/queries';
import { useInitiativeMessages } from '../messages';
import { ScrollingTable } from '../components/ScrollingTable';

/**
 * /alliances/:slug/initiatives/published — the list of initiatives and their status as the
 * secretariat last published it, read-only, for partners and observers; the secretariat publishes
 * the current state here.
 */
export function PublishedPage() {
  return <WithAlliance>{(alliance) => <Published alliance={alliance} />}</WithAlliance>;
}

function Published({ alliance }: { alliance: InitiativeAlliance }) {
  const { t } = useInitiativeMessages();
  const format = useFormat();
  const period = usePeriodText();
  const [{ data, error }, reexecute] = useQuery({ query: InitiativePublicationQuery, variables: { allianceId: alliance.id }, requestPolicy: 'cache-and-network' });
  const [, publish] = useMutation(PublishInitiativesMutation);
  const [published, setPublished] = useState(false);
  const title = t('published.titleOf', { name: alliance.name });

  return (
    <>
      <PageTitle title={title} />
      <Link to={`/alliances/${encodeURIComponent(alliance.slug)}`} className="back-link">
        {t('common.toOverview')}
      </Link>
      <h1>{title}</h1>
      <p className="lead">{t('published.intro')}</p>
      {managesRegister(alliance) && (
        <div className="actions">
          <button
            type="button"
            className="button"
            onClick={async () => {
              setPublished(false);
              const result = await publish({ allianceId: alliance.id });
              if (result.data?.publishInitiatives) {
                setPublished(true);
                reexecute({ requestPolicy: 'network-only' });
              }
            }}
          >
            {t('published.publish')}
          </button>
        </div>
      )}
      <DoneNotice message={published ? t('published.publishedNow') : null} />
      {error && !data ? (
        <ErrorAlert onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : !data ? (
        <LoadingStatus />
      ) : !data.initiativePublication ? (
        <p>{t('published.notPublished')}</p>
      ) : (
        <>
          <p className="muted">{t('published.publishedAt', { date: format.dateTime(data.initiativePublication.publishedAt) })}</p>
          {data.initiativePublication.entries.length === 0 ? (
            <p>{t('published.none')}</p>
          ) : (
            <ScrollingTable label={t('register.caption')}>
              <table className="admin-table">
                <caption className="visually-hidden">{t('register.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('register.name')}</th>
                    <th scope="col">{t('register.kind')}</th>
                    <th scope="col">{t('register.lead')}</th>
                    <th scope="col">{t('fields.partners')}</th>
                    <th scope="col">{t('fields.actionFields')}</th>
                    <th scope="col">{t('register.status')}</th>
                    <th scope="col">{t('register.period')}</th>
                    <th scope="col">{t('register.progress')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.initiativePublication.entries.map((entry) => (
                    <tr key={entry.id}>
                      <th scope="row">{entry.name}</th>
                      <td>{t(`kinds.${entry.kind}`)}</td>
                      <td>{entry.leadOrganisation}</td>
                      <td>{entry.partnerOrganisations.join(', ') || '–'}</td>
                      <td>{entry.actionFields.join(', ')}</td>
                      <td>
                        <StatusBadge status={entry.status} />
                      </td>
                      <td>{period(entry)}</td>
                      <td className="initiative-number">
                        {entry.progressPercent === null || entry.progressPercent === undefined ? '–' : t('register.progressValue', { percent: entry.progressPercent })}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollingTable>
          )}
        </>
      )}
    </>
  );
}
