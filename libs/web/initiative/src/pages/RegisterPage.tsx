import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import type { InitiativeListQuery as ListResult } from '@pakt/web-data';
import { ErrorAlert, LoadingStatus, PageTitle } from '@pakt/web-ui';
import { Filters, type InitiativeFilter, registerExportUrl, useInitiativeFilter } from '../components/Filters';
import { usePeriodText } from '../components/period';
import { Reminders } from '../components/Reminders';
import { StatusBadge } from '../components/StatusBadge';
import { choicesOf, managesRegister, readsRegister, WithAlliance, type InitiativeAlliance } from '../components/WithAlliance';
import { InitiativeListQuery, InitiativeRemindersQuery } from '../graphql/queries';
import { useInitiativeMessages } from '../messages';
import { initiativeDashboardPath, initiativeImportPath, initiativePath, newInitiativePath, publishedInitiativesPath } from '../paths';
import { ScrollingTable } from '../components/ScrollingTable';

const PAGE_SIZE = 50;
// An empty list holds no Initiative for urql's document cache to see: name the type, so a new one refetches it.
const LIST_CONTEXT = { additionalTypenames: ['Initiative'] };

type Item = ListResult['initiatives']['edges'][number]['node'];

/** The api's filter from the page's: each choice as a one-entry list. */
export function apiFilter(filter: InitiativeFilter) {
  return {
    ...(filter.actionFieldId ? { actionFieldIds: [filter.actionFieldId] } : {}),
    ...(filter.regionId ? { regionIds: [filter.regionId] } : {}),
    ...(filter.organisationId ? { organisationIds: [filter.organisationId] } : {}),
    ...(filter.status ? { statuses: [filter.status] } : {}),
  };
}

/** /alliances/:slug/initiatives — the register: reminders, filters, the list page by page, exports. */
export function RegisterPage() {
  return <WithAlliance>{(alliance) => <Register alliance={alliance} />}</WithAlliance>;
}

function Register({ alliance }: { alliance: InitiativeAlliance }) {
  const { t, language } = useInitiativeMessages();
  const [filter, setFilter] = useInitiativeFilter();
  const title = t('register.titleOf', { name: alliance.name });
  const manages = managesRegister(alliance);
  const choices = choicesOf(alliance);
  const filterKey = JSON.stringify(filter);
  const exportUrl = (format: 'csv' | 'xlsx') => registerExportUrl(alliance.id, format, filter, language);

  return (
    <>
      <PageTitle title={title} />
      <Link to={`/alliances/${encodeURIComponent(alliance.slug)}`} className="back-link">
        {t('common.toOverview')}
      </Link>
      <h1>{title}</h1>
      <p className="lead">{t('register.intro')}</p>
      {alliance.viewerPermissions.includes('initiative.contribute') && <MyReminders allianceId={alliance.id} slug={alliance.slug} />}
      <ul className="initiative-exports">
        {manages && (
          <>
            <li>
              <Link to={newInitiativePath(alliance.slug)} className="button">
                {t('register.create')}
              </Link>
            </li>
            <li>
              <Link to={initiativeDashboardPath(alliance.slug)} className="button button--secondary">
                {t('register.dashboard')}
              </Link>
            </li>
            <li>
              <Link to={initiativeImportPath(alliance.slug)} className="button button--secondary">
                {t('register.import')}
              </Link>
            </li>
          </>
        )}
        <li>
          <Link to={publishedInitiativesPath(alliance.slug)} className="button button--secondary">
            {t('register.published')}
          </Link>
        </li>
      </ul>
      {readsRegister(alliance) && (
        <>
          <Filters key={filterKey} filter={filter} onChange={setFilter} {...choices} />
          <section aria-label={t('register.exports')}>
            <ul className="initiative-exports">
              <li>
                <a className="button button--secondary" href={exportUrl('csv')} download>
                  {t('register.csv')}
                </a>
              </li>
              <li>
                <a className="button button--secondary" href={exportUrl('xlsx')} download>
                  {t('register.xlsx')}
                </a>
              </li>
            </ul>
          </section>
          {/* A new filter is a new list: no answer of the previous filter is ever shown under it. */}
          <InitiativeList key={filterKey} allianceId={alliance.id} slug={alliance.slug} filter={filter} />
        </>
      )}
    </>
  );
}

function MyReminders({ allianceId, slug }: { allianceId: string; slug: string }) {
  const [{ data }] = useQuery({ query: InitiativeRemindersQuery, variables: { allianceId }, requestPolicy: 'cache-and-network' });
  const reminders = (data?.initiativeReminders ?? []).map((reminder) => ({
    id: reminder.id,
    initiativeId: reminder.initiative.id,
    initiativeName: reminder.initiative.name,
    dueOn: reminder.dueOn,
    roundTitle: reminder.roundTitle ?? null,
  }));
  return <Reminders slug={slug} reminders={reminders} />;
}

function InitiativeList({ allianceId, slug, filter }: { allianceId: string; slug: string; filter: InitiativeFilter }) {
  const { t } = useInitiativeMessages();
  const [cursors, setCursors] = useState<string[]>([]);
  const [{ data, error }, reexecute] = useQuery({
    query: InitiativeListQuery,
    variables: { allianceId, filter: apiFilter(filter), first: PAGE_SIZE },
    requestPolicy: 'cache-and-network',
    context: LIST_CONTEXT,
  });
  if (error && !data) return <ErrorAlert onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!data) return <LoadingStatus />;
  const page = data.initiatives;
  return (
    <>
      <p role="status" className="muted">
        {t('register.total', { count: page.totalCount })}
      </p>
      {page.totalCount === 0 ? (
        <p>{t('register.none')}</p>
      ) : (
        <MorePages
          allianceId={allianceId}
          slug={slug}
          filter={filter}
          cursors={cursors}
          items={page.edges.map((edge) => edge.node)}
          next={page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null}
          onMore={(cursor) => setCursors((all) => [...all, cursor])}
        />
      )}
    </>
  );
}

interface MorePagesProps {
  readonly allianceId: string;
  readonly slug: string;
  readonly filter: InitiativeFilter;
  readonly cursors: readonly string[];
  readonly items: readonly Item[];
  readonly next: string | null;
  readonly onMore: (cursor: string) => void;
}

/** Loads the pages after the first one by one (each its own query), then shows them all in one table. */
function MorePages({ allianceId, slug, filter, cursors, items, next, onMore }: MorePagesProps) {
  const { t } = useInitiativeMessages();
  const [cursor, ...rest] = cursors;
  const [{ data }] = useQuery({
    query: InitiativeListQuery,
    variables: { allianceId, filter: apiFilter(filter), first: PAGE_SIZE, after: cursor ?? null },
    pause: cursor === undefined,
  });
  if (cursor !== undefined) {
    if (!data) return <LoadingStatus />;
    const page = data.initiatives;
    return (
      <MorePages
        allianceId={allianceId}
        slug={slug}
        filter={filter}
        cursors={rest}
        items={[...items, ...page.edges.map((edge) => edge.node)]}
        next={page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null}
        onMore={onMore}
      />
    );
  }
  return (
    <>
      <InitiativeTable slug={slug} items={items} />
      {next && (
        <button type="button" className="button button--secondary" onClick={() => onMore(next)}>
          {t('register.more')}
        </button>
      )}
    </>
  );
}

function InitiativeTable({ slug, items }: { slug: string; items: readonly Item[] }) {
  const { t } = useInitiativeMessages();
  const period = usePeriodText();
  return (
    <ScrollingTable label={t('register.caption')}>
      <table className="admin-table">
        <caption className="visually-hidden">{t('register.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('register.name')}</th>
            <th scope="col">{t('register.kind')}</th>
            <th scope="col">{t('register.lead')}</th>
            <th scope="col">{t('register.status')}</th>
            <th scope="col">{t('register.period')}</th>
            <th scope="col">{t('register.progress')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <th scope="row">
                <Link to={initiativePath(slug, item.id)}>{item.name}</Link>
              </th>
              <td>{t(`kinds.${item.kind}`)}</td>
              <td>{item.leadOrganisation.name}</td>
              <td>
                <StatusBadge status={item.status} />
              </td>
              <td>{period(item)}</td>
              <td className="initiative-number">
                {item.progressPercent === null || item.progressPercent === undefined ? (
                  <span className="muted">{t('register.noReport')}</span>
                ) : (
                  t('register.progressValue', { percent: item.progressPercent })
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollingTable>
  );
}
