import { useEffect, useId, useRef } from 'react';
import { Link, useLocation } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { ErrorAlert, Fact, Facts, LoadingStatus, PageTitle, useFormat } from '@pakt/web-ui';
import { AddIndicatorForm } from '../components/AddIndicatorForm';
import { IndicatorProgressChart, ProgressChart } from '../components/Charts';
import { Milestones } from '../components/Milestones';
import { ReportList } from '../components/ReportList';
import { StatusActions } from '../components/StatusActions';
import { StatusBadge } from '../components/StatusBadge';
import { StatusTimeline } from '../components/StatusTimeline';
import { Traceability } from '../components/Traceability';
import { WithAlliance, type InitiativeAlliance } from '../components/WithAlliance';
import { WithInitiative, type InitiativeDetail } from '../components/WithInitiative';
import {
  AddInitiativeIndicatorMutation,
  AddInitiativeMilestoneMutation,
  ChangeInitiativeStatusMutation,
  UpdateInitiativeMilestoneMutation,
} from '../graphql/mutations';
import { InitiativeReportsQuery } from '../graphql/queries';
import { useInitiativeMessages } from '../messages';
import { editInitiativePath, initiativesPath, newProgressReportPath } from '../paths';
import { ScrollingTable } from '../components/ScrollingTable';

/** What the previous page says on arriving here: created, saved or a report filed. */
export type ArrivalNotice = 'created' | 'saved' | 'reported';

/**
 * /alliances/:slug/initiatives/:id — one initiative: its details, status with the allowed changes
 * and the timeline, milestones, indicators, progress reports with their chart, and the chain from
 * the indicators its recommendations cite to its progress.
 */
export function InitiativePage() {
  return (
    <WithAlliance>
      {(alliance) => <WithInitiative alliance={alliance}>{(initiative) => <InitiativeContent alliance={alliance} initiative={initiative} />}</WithInitiative>}
    </WithAlliance>
  );
}

function InitiativeContent({ alliance, initiative }: { alliance: InitiativeAlliance; initiative: InitiativeDetail }) {
  const { t } = useInitiativeMessages();
  const format = useFormat();
  const location = useLocation();
  const arrival = (location.state as { notice?: ArrivalNotice } | null)?.notice ?? null;
  const heading = useRef<HTMLHeadingElement>(null);
  const ids = { status: useId(), indicators: useId(), reports: useId() };
  const [, changeStatus] = useMutation(ChangeInitiativeStatusMutation);
  const [, addMilestone] = useMutation(AddInitiativeMilestoneMutation);
  const [, updateMilestone] = useMutation(UpdateInitiativeMilestoneMutation);
  const [, addIndicator] = useMutation(AddInitiativeIndicatorMutation);

  // Arriving from a form, focus starts at the heading, where the notice follows.
  useEffect(() => {
    if (arrival) heading.current?.focus();
  }, [arrival]);

  const none = <span className="muted">{t('common.none')}</span>;
  const names = (items: ReadonlyArray<{ readonly name: string }>) => (items.length === 0 ? none : items.map((item) => item.name).join(', '));

  return (
    <>
      <PageTitle title={initiative.name} />
      <Link to={initiativesPath(alliance.slug)} className="back-link">
        {t('common.toRegister')}
      </Link>
      <h1 ref={heading} tabIndex={-1}>
        {initiative.name}
      </h1>
      {arrival && (
        <p role="status" className="notice">
          {arrival === 'created' ? t('form.created') : arrival === 'saved' ? t('form.saved') : t('reportForm.submitted')}
        </p>
      )}
      <p>
        <StatusBadge status={initiative.status} /> {t(`kinds.${initiative.kind}`)}
      </p>
      {initiative.description && <p className="prose">{initiative.description}</p>}
      <div className="actions">
        {initiative.viewerMayEdit && (
          <Link to={editInitiativePath(alliance.slug, initiative.id)} className="button button--secondary">
            {t('detail.edit')}
          </Link>
        )}
        {initiative.viewerMayReport && (
          <Link to={newProgressReportPath(alliance.slug, initiative.id)} className="button">
            {t('reports.write')}
          </Link>
        )}
      </div>
      <Facts>
        <Fact term={t('fields.lead')}>{initiative.leadOrganisation.name}</Fact>
        {initiative.kind === 'JOINT' && <Fact term={t('fields.partners')}>{names(initiative.partnerOrganisations)}</Fact>}
        <Fact term={t('fields.actionFields')}>{initiative.actionFields.map((field) => field.title).join(', ')}</Fact>
        <Fact term={t('fields.regions')}>{names(initiative.regions)}</Fact>
        <Fact term={t('fields.targetGroups')}>{initiative.targetGroups.length === 0 ? none : initiative.targetGroups.join(', ')}</Fact>
        <Fact term={t('fields.startsOn')}>{format.date(initiative.startOn)}</Fact>
        <Fact term={t('fields.endsOn')}>{initiative.endOn ? format.date(initiative.endOn) : none}</Fact>
        <Fact term={t('fields.reportingCycle')}>{t(`cycles.${initiative.reportingCycle}`)}</Fact>
        <Fact term={t('fields.fundingNotes')}>{initiative.fundingNotes ?? none}</Fact>
        <Fact term={t('fields.progress')}>
          {initiative.progressPercent === null || initiative.progressPercent === undefined ? none : t('register.progressValue', { percent: initiative.progressPercent })}
        </Fact>
      </Facts>

      <section aria-labelledby={ids.status} className="initiative-section">
        <h2 id={ids.status}>{t('detail.status')}</h2>
        <p>{t('detail.currentStatus', { status: t(`statuses.${initiative.status}`) })}</p>
        <StatusActions
          available={initiative.viewerStatuses}
          onChange={async (change) => {
            const result = await changeStatus({
              input: { id: initiative.id, version: initiative.version, status: change.to, note: change.note, effectiveOn: change.effectiveOn },
            });
            return result.error;
          }}
        />
        <StatusTimeline
          entries={initiative.statusHistory.map((change) => ({
            id: change.id,
            fromStatus: change.fromStatus ?? null,
            toStatus: change.toStatus,
            effectiveOn: change.effectiveOn,
            note: change.note,
            actorName: change.actor?.displayName ?? null,
          }))}
        />
      </section>

      <Milestones
        milestones={initiative.milestones}
        editable={initiative.viewerMayEdit}
        onAdd={async (title, dueOn) => (await addMilestone({ input: { initiativeId: initiative.id, title, dueOn } })).error}
        onDone={async (milestone) => {
          const version = initiative.milestones.find((item) => item.id === milestone.id)?.version ?? 0;
          return (await updateMilestone({ input: { id: milestone.id, version, done: true } })).error;
        }}
      />

      <section aria-labelledby={ids.indicators} className="initiative-section">
        <h2 id={ids.indicators}>{t('indicators.title')}</h2>
        {initiative.indicators.length === 0 ? (
          <p className="muted">{t('indicators.none')}</p>
        ) : (
          <>
            <ScrollingTable label={t('indicators.caption')}>
              <table className="admin-table">
                <caption className="visually-hidden">{t('indicators.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('indicators.name')}</th>
                    <th scope="col">{t('indicators.baseline')}</th>
                    <th scope="col">{t('indicators.target')}</th>
                    <th scope="col">{t('indicators.latest')}</th>
                  </tr>
                </thead>
                <tbody>
                  {initiative.indicators.map((indicator) => {
                    const last = [...indicator.values].sort((a, b) => b.measuredOn.localeCompare(a.measuredOn))[0];
                    return (
                      <tr key={indicator.id}>
                        <th scope="row">{`${indicator.name} (${indicator.unit})`}</th>
                        <td className="initiative-number">{format.number(indicator.baseline)}</td>
                        <td className="initiative-number">{format.number(indicator.target)}</td>
                        <td className="initiative-number">{last ? `${format.number(last.value)} (${format.date(last.measuredOn)})` : '–'}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </ScrollingTable>
            {initiative.indicators.map((indicator) => (
              <IndicatorProgressChart
                key={indicator.id}
                series={{
                  name: indicator.name,
                  unit: indicator.unit,
                  baseline: indicator.baseline,
                  target: indicator.target,
                  values: indicator.values.map((value) => ({ on: value.measuredOn, value: value.value })),
                }}
              />
            ))}
          </>
        )}
        {initiative.viewerMayEdit && (
          <AddIndicatorForm onAdd={async (indicator) => (await addIndicator({ input: { initiativeId: initiative.id, ...indicator } })).error} />
        )}
      </section>

      <section aria-labelledby={ids.reports} className="initiative-section" id="progress" tabIndex={-1}>
        <h2 id={ids.reports}>{t('reports.title')}</h2>
        {initiative.viewerMayReport && (
          <p>
            <Link to={newProgressReportPath(alliance.slug, initiative.id)}>{t('reports.write')}</Link>
          </p>
        )}
        <Reports initiative={initiative} />
      </section>

      <Traceability
        slug={alliance.slug}
        name={initiative.name}
        indicators={initiative.citedIndicators}
        recommendations={initiative.recommendations}
        progress={
          initiative.progressPercent !== null && initiative.progressPercent !== undefined && initiative.lastReportOn
            ? { percent: initiative.progressPercent, reportedOn: initiative.lastReportOn }
            : null
        }
      />
    </>
  );
}

/** The most reports one page shows; the api's cost limit allows no more in one query. */
const REPORTS_SHOWN = 50;
const REPORTS_CONTEXT = { additionalTypenames: ['InitiativeProgressReport'] };

/** The progress reports: their chart, then the table with everything they said. */
function Reports({ initiative }: { initiative: InitiativeDetail }) {
  const { t } = useInitiativeMessages();
  const [{ data, error }, reexecute] = useQuery({
    query: InitiativeReportsQuery,
    variables: { id: initiative.id, first: REPORTS_SHOWN },
    requestPolicy: 'cache-and-network',
    context: REPORTS_CONTEXT,
  });
  if (error && !data) return <ErrorAlert onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!data) return <LoadingStatus />;
  const connection = data.initiative?.progressReports;
  const reports = connection?.edges.map((edge) => edge.node) ?? [];
  const indicatorOf = new Map(initiative.indicators.map((indicator) => [indicator.id, indicator]));
  return (
    <>
      {connection && connection.totalCount > reports.length && <p className="muted">{t('reports.newest', { shown: reports.length, count: connection.totalCount })}</p>}
      <ProgressChart points={reports} />
      <ReportList
        reports={reports.map((report) => ({
          id: report.id,
          reportedOn: report.reportedOn,
          percent: report.percent,
          narrative: report.narrative,
          authorName: report.author?.displayName ?? null,
          values: report.indicatorValues.flatMap((value) => {
            const indicator = indicatorOf.get(value.indicatorId);
            return indicator ? [{ name: indicator.name, unit: indicator.unit, value: value.value }] : [];
          }),
        }))}
      />
    </>
  );
}
