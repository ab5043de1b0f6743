import { useCallback, useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import type { AuditLogQuery as AuditLogResult } from '@pakt/web-data';
import { DateField, ErrorAlert, LoadingStatus, NotFound, PageTitle, SelectField, useFormat } from '@pakt/web-ui';
import { useAdministeredAlliance } from '../access';
import { isRefused } from '../forms/outcome';
import { AuditLogQuery } from '../graphql/queries';
import { actionKey, KNOWN_ACTIONS, useAdminMessages } from '../messages';
import { adminPath } from '../paths';
import type { AdminAlliance } from '../sections/types';

const PAGE_SIZE = 50;

type Entry = AuditLogResult['auditLog']['edges'][number]['node'];

interface Filters {
  readonly action: string;
  readonly actor: string;
  /** "YYYY-MM-DD" or "" */
  readonly from: string;
  readonly to: string;
}

const NO_FILTERS: Filters = { action: '', actor: '', from: '', to: '' };

/** A day's start and the start of the next, in the browser's time zone, as the api's DateTime. */
function dayStart(date: string, plusDays = 0): string | null {
  if (!date) return null;
  const [year, month, day] = date.split('-').map(Number);
  if (!year || !month || !day) return null;
  return new Date(year, month - 1, day + plusDays).toISOString();
}

/** /alliances/:slug/admin/audit — who did what when, newest first, filtered, a page at a time. */
export function AuditPage() {
  const { slug = '' } = useParams();
  const { t } = useAdminMessages();
  const state = useAdministeredAlliance(slug);
  if (state.status === 'loading') return <LoadingStatus />;
  if (state.status === 'failed') return <ErrorAlert onRetry={state.retry} />;
  if (state.status === 'not-found') return <NotFound />;
  const { alliance } = state;
  return (
    <>
      <PageTitle title={t('audit.titleOf', { name: alliance.name })} />
      <Link to={adminPath(alliance.slug)} className="back-link">
        {t('audit.toAdmin')}
      </Link>
      <h1>{t('audit.titleOf', { name: alliance.name })}</h1>
      <p className="lead">{t('audit.intro')}</p>
      <AuditLog alliance={alliance} />
    </>
  );
}

function AuditLog({ alliance }: { alliance: AdminAlliance }) {
  const { t } = useAdminMessages();
  const [typed, setTyped] = useState<Filters>(NO_FILTERS);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [pages, setPages] = useState<(string | null)[]>([null]);
  // Everyone who has appeared in the log so far, to filter by (the api names actors by account).
  const [actors, setActors] = useState<ReadonlyMap<string, string>>(new Map());
  const ids = { action: useId(), actor: useId(), from: useId(), to: useId(), heading: useId() };

  const apply = (next: Filters) => {
    setTyped(next);
    setFilters(next);
    setPages([null]);
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    apply(typed);
  };
  const seen = useCallback((entries: readonly Entry[]) => {
    setActors((current) => {
      // Entries come newest first: the newest name an account acted under names it.
      const next = new Map(current);
      for (const { actorAccountId, actorName } of entries) {
        if (actorAccountId && actorName && !next.has(actorAccountId)) next.set(actorAccountId, actorName);
      }
      return next.size === current.size ? current : next;
    });
  }, []);
  const actionLabel = (action: string) => {
    const key = actionKey(action);
    return key ? t(key) : action;
  };

  return (
    <>
      <form className="form" aria-labelledby={ids.heading} onSubmit={submit}>
        <h2 id={ids.heading}>{t('audit.filters')}</h2>
        <SelectField
          id={ids.action}
          label={t('audit.action')}
          value={typed.action}
          emptyOption={t('audit.anyAction')}
          options={KNOWN_ACTIONS.map((action) => ({ value: action, label: actionLabel(action) }))}
          onChange={(action) => setTyped({ ...typed, action })}
          error={null}
        />
        <SelectField
          id={ids.actor}
          label={t('audit.actor')}
          value={typed.actor}
          emptyOption={t('audit.anyActor')}
          options={[...actors].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label, 'de'))}
          onChange={(actor) => setTyped({ ...typed, actor })}
          error={null}
        />
        <DateField id={ids.from} label={t('audit.from')} value={typed.from} onChange={(from) => setTyped({ ...typed, from })} error={null} />
        <DateField id={ids.to} label={t('audit.to')} value={typed.to} onChange={(to) => setTyped({ ...typed, to })} error={null} />
        <div className="actions">
          <button type="submit" className="button">
            {t('audit.apply')}
          </button>
          <button type="button" className="button button--secondary" onClick={() => apply(NO_FILTERS)}>
            {t('audit.reset')}
          </button>
        </div>
      </form>
      <h2>{t('audit.entries')}</h2>
      {pages.map((after, index) => (
        <AuditPageOfEntries
          key={`${JSON.stringify(filters)}:${after ?? ''}`}
          alliance={alliance}
          filters={filters}
          after={after}
          last={index === pages.length - 1}
          first={index === 0}
          actionLabel={actionLabel}
          onEntries={seen}
          onMore={(cursor) => setPages((current) => [...current, cursor])}
        />
      ))}
    </>
  );
}

interface AuditPageProps {
  readonly alliance: AdminAlliance;
  readonly filters: Filters;
  readonly after: string | null;
  readonly first: boolean;
  readonly last: boolean;
  readonly actionLabel: (action: string) => string;
  readonly onEntries: (entries: readonly Entry[]) => void;
  readonly onMore: (cursor: string) => void;
}

function AuditPageOfEntries({ alliance, filters, after, first, last, actionLabel, onEntries, onMore }: AuditPageProps) {
  const { t } = useAdminMessages();
  const format = useFormat();
  const [{ data, error }, reexecute] = useQuery({
    query: AuditLogQuery,
    variables: {
      allianceId: alliance.id,
      action: filters.action || null,
      actorAccountId: filters.actor || null,
      from: dayStart(filters.from),
      to: dayStart(filters.to, 1),
      first: PAGE_SIZE,
      after,
    },
    requestPolicy: 'cache-and-network',
  });
  const entries = useMemo(() => data?.auditLog.edges.map((edge) => edge.node) ?? [], [data]);
  const table = useRef<HTMLTableElement>(null);
  useEffect(() => {
    if (entries.length > 0) onEntries(entries);
  }, [entries, onEntries]);
  // "Load more" hands the keyboard on to what it loaded (the button itself goes away).
  useEffect(() => {
    if (!first && entries.length > 0) table.current?.focus();
  }, [first, entries]);

  if (error) return isRefused(error) ? <NotFound /> : <ErrorAlert onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!data) return <LoadingStatus />;
  if (first && entries.length === 0) return <p role="status">{t('audit.none')}</p>;
  const { pageInfo } = data.auditLog;
  return (
    <>
      <table ref={table} tabIndex={-1} className="admin-table">
        {first && <caption className="visually-hidden">{t('audit.entries')}</caption>}
        <thead>
          <tr>
            <th scope="col">{t('audit.occurredAt')}</th>
            <th scope="col">{t('audit.action')}</th>
            <th scope="col">{t('audit.who')}</th>
            <th scope="col">{t('audit.object')}</th>
            <th scope="col">{t('audit.details')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td>{format.dateTime(entry.occurredAt)}</td>
              <td>{actionLabel(entry.action)}</td>
              <td>{entry.actorName ?? <span className="muted">{t('audit.system')}</span>}</td>
              <td>{[entry.objectType, entry.objectId].filter(Boolean).join(' ')}</td>
              <td>
                <code className="audit-details">{entry.details && Object.keys(entry.details).length > 0 ? JSON.stringify(entry.details) : ''}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {last && pageInfo.hasNextPage && pageInfo.endCursor && (
        <button type="button" className="button button--secondary" onClick={() => onMore(pageInfo.endCursor ?? '')}>
          {t('audit.loadMore')}
        </button>
      )}
    </>
  );
}
