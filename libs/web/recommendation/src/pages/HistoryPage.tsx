import { useEffect, useId, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useClient, useQuery } from 'urql';
import { ORGANISATION_KINDS, type OrganisationKind } from '@pakt/domain';
import type { CompareRevisionsQuery as CompareResult, RecommendationHistoryQuery as HistoryResult } from '@pakt/web-data';
import { ErrorAlert, LoadingStatus, NotFound, PageTitle, SelectField, useFormat, WordDiff } from '@pakt/web-ui';
import type { RecommendationContext } from '../access';
import { useFieldLabel } from '../components/field-problems';
import { useOrganisationKindName } from '../components/organisation-kinds';
import { WithRecommendationContext } from '../components/RecommendationGate';
import type { ContentField } from '../content';
import { CompareRevisionsQuery, RecommendationHistoryQuery } from '../graphql/queries';
import { useRecommendationMessages } from '../messages';
import { recommendationPath } from '../paths';

type History = NonNullable<HistoryResult['recommendation']>;
type Revision = History['revisions']['edges'][number]['node'];

const PAGE_SIZE = 50;
type FieldDiff = NonNullable<CompareResult['recommendation']>['compareRevisions'][number];

/** The api's names in FieldDiff.field → the editor's fields (for their labels). */
const FIELDS: Record<string, ContentField> = {
  title: 'title',
  problem: 'problem',
  measure: 'measure',
  expectedEffect: 'expectedEffect',
  timeFrame: 'timeFrame',
  costNotes: 'costNotes',
  addressees: 'addresseeOrganisationIds',
  citedIndicators: 'citedIndicatorIds',
};

/** /alliances/:slug/recommendations/:id/history — every revision, and any two compared word by word. */
export function HistoryPage() {
  return <WithRecommendationContext>{(context) => <LoadedHistory context={context} />}</WithRecommendationContext>;
}

function LoadedHistory({ context }: { context: RecommendationContext }) {
  const { id = '' } = useParams();
  const [{ data, error }, reexecute] = useQuery({
    query: RecommendationHistoryQuery,
    variables: { id, first: PAGE_SIZE },
    requestPolicy: 'cache-and-network',
  });
  if (error && !data) return <ErrorAlert onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!data) return <LoadingStatus />;
  const history = data.recommendation;
  if (!history || !context.alliance.bodies.some((body) => body.id === history.focusGroup.id)) return <NotFound />;
  return <HistoryView key={`${history.id}-${history.revision}`} slug={context.alliance.slug} history={history} />;
}

function HistoryView({ slug, history }: { slug: string; history: History }) {
  const { t } = useRecommendationMessages();
  const format = useFormat();
  const listId = useId();
  const compareId = useId();
  const client = useClient();
  const [more, setMore] = useState<{ revisions: Revision[]; next: string | null; failed: boolean }>({
    revisions: [],
    next: history.revisions.pageInfo.hasNextPage ? (history.revisions.pageInfo.endCursor ?? null) : null,
    failed: false,
  });
  const revisions = [...history.revisions.edges.map((edge) => edge.node), ...more.revisions];
  const newest = history.revision;
  const [from, setFrom] = useState(Math.max(1, newest - 1));
  const [to, setTo] = useState(newest);
  const [shown, setShown] = useState({ from, to });
  const title = t('history.title', { title: history.title });
  const known = new Map(revisions.map((revision) => [revision.number, revision]));
  // Revisions are numbered 1…n, so every one can be chosen before its page is loaded.
  const options = Array.from({ length: newest }, (_, index) => newest - index).map((number) => {
    const revision = known.get(number);
    return {
      value: String(number),
      label: revision
        ? t('history.revisionBy', {
            number,
            name: revision.author?.displayName ?? t('common.unknownPerson'),
            time: format.dateTime(revision.createdAt),
          })
        : t('history.revision', { number }),
    };
  });
  const loadMore = async () => {
    if (!more.next) return;
    const result = await client
      .query(RecommendationHistoryQuery, { id: history.id, first: PAGE_SIZE, after: more.next }, { requestPolicy: 'network-only' })
      .toPromise();
    const page = result.data?.recommendation?.revisions;
    if (!page) {
      setMore((current) => ({ ...current, failed: true }));
      return;
    }
    setMore((current) => ({
      revisions: [...current.revisions, ...page.edges.map((edge) => edge.node)],
      next: page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null,
      failed: false,
    }));
  };

  return (
    <>
      <PageTitle title={title} />
      <Link to={recommendationPath(slug, history.id)} className="back-link">
        {t('common.toRecommendation')}
      </Link>
      <h1>{title}</h1>
      <section aria-labelledby={listId}>
        <h2 id={listId}>{t('history.revisions')}</h2>
        <table className="admin-table">
          <thead>
            <tr>
              <th scope="col">{t('history.number')}</th>
              <th scope="col">{t('history.author')}</th>
              <th scope="col">{t('history.time')}</th>
            </tr>
          </thead>
          <tbody>
            {revisions.map((revision) => (
              <tr key={revision.number}>
                <td>{format.number(revision.number)}</td>
                <td>{revision.author?.displayName ?? t('common.unknownPerson')}</td>
                <td>
                  <time dateTime={revision.createdAt}>{format.dateTime(revision.createdAt)}</time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {more.failed && <ErrorAlert onRetry={() => void loadMore()} />}
        {more.next && (
          <button type="button" className="button button--secondary" onClick={() => void loadMore()}>
            {t('history.more')}
          </button>
        )}
      </section>
      <section aria-labelledby={compareId}>
        <h2 id={compareId}>{t('history.compare')}</h2>
        {newest < 2 ? (
          <p>{t('history.onlyOne')}</p>
        ) : (
          <>
            <form
              className="form"
              aria-labelledby={compareId}
              onSubmit={(event) => {
                event.preventDefault();
                setShown({ from, to });
              }}
            >
              <SelectField id={`${compareId}-from`} label={t('history.from')} value={String(from)} options={options} onChange={(value) => setFrom(Number(value))} error={null} />
              <SelectField id={`${compareId}-to`} label={t('history.to')} value={String(to)} options={options} onChange={(value) => setTo(Number(value))} error={null} />
              <div className="actions">
                <button type="submit" className="button">
                  {t('history.show')}
                </button>
              </div>
            </form>
            {shown.from === shown.to ? (
              <p>{t('history.sameRevision')}</p>
            ) : (
              <Comparison id={history.id} from={shown.from} to={shown.to} />
            )}
          </>
        )}
      </section>
    </>
  );
}

function Comparison({ id, from, to }: { id: string; from: number; to: number }) {
  const { t } = useRecommendationMessages();
  const label = useFieldLabel();
  const headingId = useId();
  const [{ data: latest, error, operation }, reexecute] = useQuery({ query: CompareRevisionsQuery, variables: { id, from, to } });
  // urql keeps the last pair's answer while the new one loads: never show it under the new heading.
  const data = operation?.variables.from === from && operation.variables.to === to ? latest : undefined;
  const heading = useRef<HTMLHeadingElement>(null);
  const mounted = useRef(false);
  // A comparison asked for (not the first, shown with the page) takes focus at its heading.
  useEffect(() => {
    if (mounted.current) heading.current?.focus();
    mounted.current = true;
  }, [from, to]);
  const fieldLabel = (diff: FieldDiff) => {
    const field = FIELDS[diff.field];
    return field ? label(field) : diff.field;
  };
  return (
    <section aria-labelledby={headingId} className="comparison">
      <h3 id={headingId} ref={heading} tabIndex={-1}>
        {t('history.comparison', { from, to })}
      </h3>
      {error && !data ? (
        <ErrorAlert onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : !data ? (
        <LoadingStatus />
      ) : (
        <FieldDiffs diffs={data.recommendation?.compareRevisions ?? []} fieldLabel={fieldLabel} />
      )}
    </section>
  );
}

/** The api writes addressed kinds by their enum names ("CHAMBER"); people read them by name. */
const KIND_NAMES = new RegExp(`\\b(${ORGANISATION_KINDS.join('|')})\\b`, 'g');

function FieldDiffs({ diffs: raw, fieldLabel }: { diffs: readonly FieldDiff[]; fieldLabel: (diff: FieldDiff) => string }) {
  const { t } = useRecommendationMessages();
  const kindName = useOrganisationKindName();
  const idPrefix = useId();
  const diffs = raw.map((diff) =>
    diff.field === 'addressees'
      ? {
          ...diff,
          segments: diff.segments.map((segment) => ({
            ...segment,
            text: segment.text.replace(KIND_NAMES, (kind) => kindName(kind as OrganisationKind)),
          })),
        }
      : diff,
  );
  const changed = diffs.filter((diff) => diff.changed);
  const unchanged = diffs.filter((diff) => !diff.changed);
  return (
    <>
      {changed.length === 0 && <p>{t('history.noChanges')}</p>}
      {changed.map((diff) => (
        <section key={diff.field} className="field-diff" aria-labelledby={`${idPrefix}-${diff.field}`}>
          <h4 id={`${idPrefix}-${diff.field}`}>{fieldLabel(diff)}</h4>
          <WordDiff segments={diff.segments} />
        </section>
      ))}
      {unchanged.map((diff) => (
        <details key={diff.field} className="record">
          <summary>{t('history.unchanged', { label: fieldLabel(diff) })}</summary>
          <WordDiff segments={diff.segments} />
        </details>
      ))}
    </>
  );
}
