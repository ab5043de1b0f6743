import { useId } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { INITIATIVE_STATUSES, type InitiativeStatus } from '@pakt/domain';
import type { InitiativeDashboardQuery as DashboardResult } from '@pakt/web-data';
import { ErrorAlert, LoadingStatus, NotFound, PageTitle, useFormat } from '@pakt/web-ui';
import { StatusOverTimeChart } from '../components/Charts';
import { Filters, type InitiativeFilter, useInitiativeFilter } from '../components/Filters';
import { ReportingRounds } from '../components/ReportingRounds';
import { choicesOf, managesRegister, WithAlliance, type InitiativeAlliance } from '../components/WithAlliance';
import { InitiativeDashboardQuery } from '../graphql/queries';
import { useInitiativeMessages } from '../messages';
import { initiativePath, initiativesPath } from '../paths';
import { apiFilter } from './RegisterPage';
import { ScrollingTable } from '../components/ScrollingTable';

type Dashboard = DashboardResult['initiativeDashboard'];

// Any change to an initiative, a milestone or a report may change the figures.
const DASHBOARD_CONTEXT = { additionalTypenames: ['Initiative', 'InitiativeMilestone', 'InitiativeProgressReport', 'InitiativeStatusChange'] };

function countsOf(byStatus: ReadonlyArray<{ readonly status: InitiativeStatus; readonly count: number }>): Record<InitiativeStatus, number> {
  const counts = Object.fromEntries(INITIATIVE_STATUSES.map((status) => [status, 0])) as Record<InitiativeStatus, number>;
  for (const entry of byStatus) counts[entry.status] = entry.count;
  return counts;
}

/**
 * /alliances/:slug/initiatives/dashboard — the secretariat's overview: initiatives by status per
 * action field, overdue milestones, initiatives without a report for 90 days, status over time,
 * and the reporting rounds with who has not reported.
 */
export function DashboardPage() {
  return <WithAlliance>{(alliance) => (managesRegister(alliance) ? <DashboardView alliance={alliance} /> : <NotFound />)}</WithAlliance>;
}

function DashboardView({ alliance }: { alliance: InitiativeAlliance }) {
  const { t } = useInitiativeMessages();
  const [filter, setFilter] = useInitiativeFilter();
  const filterKey = JSON.stringify(filter);
  const title = t('dashboard.titleOf', { name: alliance.name });
  return (
    <>
      <PageTitle title={title} />
      <Link to={initiativesPath(alliance.slug)} className="back-link">
        {t('common.toRegister')}
      </Link>
      <h1>{title}</h1>
      <p className="lead">{t('dashboard.intro')}</p>
      <Filters key={filterKey} filter={filter} onChange={setFilter} {...choicesOf(alliance)} />
      {/* A new filter is a new query: the previous filter's figures never stand under it. */}
      <Figures key={filterKey} alliance={alliance} filter={filter} />
      <ReportingRounds allianceId={alliance.id} slug={alliance.slug} />
    </>
  );
}

function Figures({ alliance, filter }: { alliance: InitiativeAlliance; filter: InitiativeFilter }) {
  const [{ data, error }, reexecute] = useQuery({
    query: InitiativeDashboardQuery,
    variables: { allianceId: alliance.id, filter: apiFilter(filter) },
    requestPolicy: 'cache-and-network',
    context: DASHBOARD_CONTEXT,
  });
  if (error && !data) return <ErrorAlert onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!data) return <LoadingStatus />;
  return <DashboardFigures slug={alliance.slug} dashboard={data.initiativeDashboard} />;
}

function DashboardFigures({ slug, dashboard }: { slug: string; dashboard: Dashboard }) {
  const { t } = useInitiativeMessages();
  const format = useFormat();
  const ids = { byStatus: useId(), overdue: useId(), stale: useId() };
  const totals = countsOf(dashboard.byStatus);
  const percent = (value: number | null | undefined) => (value === null || value === undefined ? '–' : t('dashboard.rollUpField', { percent: format.number(value) }));
  return (
    <>
      <section aria-labelledby={ids.byStatus} className="initiative-section">
        <h2 id={ids.byStatus}>{t('dashboard.byStatus')}</h2>
        <ScrollingTable label={t('dashboard.byStatusCaption')}>
          <table className="admin-table">
            <caption className="visually-hidden">{t('dashboard.byStatusCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('dashboard.actionField')}</th>
                {INITIATIVE_STATUSES.map((status) => (
                  <th key={status} scope="col">
                    {t(`statuses.${status}`)}
                  </th>
                ))}
                <th scope="col">{t('dashboard.total')}</th>
                <th scope="col">{t('dashboard.rollUp')}</th>
              </tr>
            </thead>
            <tbody>
              {dashboard.actionFields.map((entry) => {
                const counts = countsOf(entry.byStatus);
                return (
                  <tr key={entry.actionField.id}>
                    <th scope="row">{entry.actionField.title}</th>
                    {INITIATIVE_STATUSES.map((status) => (
                      <td key={status} className="initiative-number">
                        {counts[status]}
                      </td>
                    ))}
                    <td className="initiative-number">{entry.total}</td>
                    <td className="initiative-number">{percent(entry.progress.percent)}</td>
                  </tr>
                );
              })}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('dashboard.allFields')}</th>
                {INITIATIVE_STATUSES.map((status) => (
                  <td key={status} className="initiative-number">
                    {totals[status]}
                  </td>
                ))}
                <td className="initiative-number">{dashboard.total}</td>
                <td className="initiative-number">{percent(dashboard.progress.percent)}</td>
              </tr>
            </tfoot>
          </table>
        </ScrollingTable>
      </section>

      <StatusOverTimeChart
        title={t('dashboard.overTime')}
        points={dashboard.statusOverTime.map((point) => ({ month: point.month, counts: countsOf(point.byStatus) }))}
      />

      <section aria-labelledby={ids.overdue} className="initiative-section">
        <h2 id={ids.overdue}>{`${t('dashboard.overdue')} (${dashboard.overdueMilestoneCount})`}</h2>
        {dashboard.overdueMilestones.length === 0 ? (
          <p className="muted">{t('dashboard.noOverdue')}</p>
        ) : (
          <ul>
            {dashboard.overdueMilestones.map((entry) => (
              <li key={entry.milestone.id}>
                <Link to={initiativePath(slug, entry.initiative.id)}>{entry.initiative.name}</Link>:{' '}
                {t('dashboard.overdueItem', { title: entry.milestone.title, date: format.date(entry.milestone.dueOn) })}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby={ids.stale} className="initiative-section">
        <h2 id={ids.stale}>{`${t('dashboard.stale')} (${dashboard.staleCount})`}</h2>
        {dashboard.stale.length === 0 ? (
          <p className="muted">{t('dashboard.noStale')}</p>
        ) : (
          <ul>
            {dashboard.stale.map((entry) => (
              <li key={entry.initiative.id}>
                <Link to={initiativePath(slug, entry.initiative.id)}>{entry.initiative.name}</Link>:{' '}
                {entry.initiative.lastReportOn ? t('dashboard.staleSince', { date: format.date(entry.initiative.lastReportOn) }) : t('dashboard.staleNever')}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
