import { useId, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { RECOMMENDATION_STATES, type RecommendationState } from '@pakt/domain';
import type { RecommendationListQuery as ListResult } from '@pakt/web-data';
import { ErrorAlert, Fact, Facts, LoadingStatus, PageTitle, useFormat } from '@pakt/web-ui';
import type { RecommendationContext } from '../access';
import { WithRecommendationContext } from '../components/RecommendationGate';
import { RecommendationListQuery } from '../graphql/queries';
import { useRecommendationMessages } from '../messages';
import { newRecommendationPath, recommendationPath, recommendationsPath, reviewQueuePath } from '../paths';

const PAGE_SIZE = 200;

type Item = ListResult['recommendations']['edges'][number]['node'];

/** /alliances/:slug/recommendations[?group=] — the viewer's focus groups' recommendations by state. */
export function WorkspacePage() {
  return <WithRecommendationContext>{(context) => <Workspace context={context} />}</WithRecommendationContext>;
}

function Workspace({ context }: { context: RecommendationContext }) {
  const { t } = useRecommendationMessages();
  const { alliance, groups, draftingGroups, reviews } = context;
  const [params] = useSearchParams();
  const requested = params.get('group');
  const group = groups.find((item) => item.group.id === requested)?.group ?? null;
  const title = t('workspace.titleOf', { name: alliance.name });
  const mayDraftHere = group ? draftingGroups.some((item) => item.id === group.id) : draftingGroups.length > 0;

  return (
    <>
      <PageTitle title={group ? `${t('workspace.title')} – ${group.name}` : title} />
      <Link to={`/alliances/${encodeURIComponent(alliance.slug)}`} className="back-link">
        {t('common.toOverview')}
      </Link>
      <h1>{group ? `${t('workspace.title')} – ${group.name}` : title}</h1>
      <p className="lead">{t('workspace.intro')}</p>
      {groups.length === 0 && <p>{t('workspace.noGroups')}</p>}
      {groups.length > 0 && (
        <nav aria-label={t('workspace.filter')} className="section-nav">
          <ul>
            <li>
              <Link to={recommendationsPath(alliance.slug)} aria-current={group === null ? 'page' : undefined}>
                {t('workspace.allGroups')}
              </Link>
            </li>
            {groups.map((item) => (
              <li key={item.group.id}>
                <Link to={recommendationsPath(alliance.slug, item.group.id)} aria-current={group?.id === item.group.id ? 'page' : undefined}>
                  {item.group.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {(mayDraftHere || reviews) && (
        <div className="actions">
          {mayDraftHere && (
            <Link to={newRecommendationPath(alliance.slug, group?.id)} className="button">
              {t('workspace.create')}
            </Link>
          )}
          {reviews && (
            <Link to={reviewQueuePath(alliance.slug)} className="button button--secondary">
              {t('workspace.reviewQueue')}
            </Link>
          )}
        </div>
      )}
      <RecommendationsByState key={group?.id ?? 'all'} allianceId={alliance.id} slug={alliance.slug} focusGroupId={group?.id ?? null} />
    </>
  );
}

function RecommendationsByState({ allianceId, slug, focusGroupId }: { allianceId: string; slug: string; focusGroupId: string | null }) {
  const { t } = useRecommendationMessages();
  const [after, setAfter] = useState<string[]>([]);
  const [{ data, error }, reexecute] = useQuery({
    query: RecommendationListQuery,
    variables: { allianceId, focusGroupId, first: PAGE_SIZE },
    requestPolicy: 'cache-and-network',
  });
  if (error && !data) return <ErrorAlert onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!data) return <LoadingStatus />;
  const first = data.recommendations;
  return (
    <>
      <p className="muted">{t('workspace.total', { count: first.totalCount })}</p>
      <MorePages
        allianceId={allianceId}
        focusGroupId={focusGroupId}
        cursors={after}
        items={first.edges.map((edge) => edge.node)}
        next={first.pageInfo.hasNextPage ? first.pageInfo.endCursor : null}
        onMore={(cursor) => setAfter((all) => [...all, cursor])}
        slug={slug}
      />
    </>
  );
}

interface MorePagesProps {
  readonly allianceId: string;
  readonly focusGroupId: string | null;
  readonly cursors: readonly string[];
  readonly items: readonly Item[];
  readonly next: string | null | undefined;
  readonly onMore: (cursor: string) => void;
  readonly slug: string;
}

/** Loads the pages after the first one by one (each its own query), then shows everything by state. */
function MorePages({ allianceId, focusGroupId, cursors, items, next, onMore, slug }: MorePagesProps) {
  const { t } = useRecommendationMessages();
  const [cursor, ...rest] = cursors;
  const [{ data }] = useQuery({
    query: RecommendationListQuery,
    variables: { allianceId, focusGroupId, first: PAGE_SIZE, after: cursor ?? null },
    pause: cursor === undefined,
  });
  if (cursor !== undefined) {
    if (!data) return <LoadingStatus />;
    const page = data.recommendations;
    return (
      <MorePages
        allianceId={allianceId}
        focusGroupId={focusGroupId}
        cursors={rest}
        items={[...items, ...page.edges.map((edge) => edge.node)]}
        next={page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null}
        onMore={onMore}
        slug={slug}
      />
    );
  }
  return (
    <>
      {RECOMMENDATION_STATES.map((state) => (
        <StateSection key={state} state={state} items={items.filter((item) => item.state === state)} slug={slug} />
      ))}
      {next && (
        <button type="button" className="button button--secondary" onClick={() => onMore(next)}>
          {t('workspace.more')}
        </button>
      )}
    </>
  );
}

function StateSection({ state, items, slug }: { state: RecommendationState; items: readonly Item[]; slug: string }) {
  const { t } = useRecommendationMessages();
  const format = useFormat();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('workspace.stateHeading', { state: t(`states.${state}`), count: items.length })}</h2>
      {items.length === 0 ? (
        <p className="muted">{t('workspace.emptyState')}</p>
      ) : (
        <ul className="card-grid">
          {items.map((item) => (
            <li key={item.id}>
              <article className="card" aria-labelledby={`${headingId}-${item.id}`}>
                <h3 id={`${headingId}-${item.id}`}>
                  <Link to={recommendationPath(slug, item.id)}>{item.title}</Link>
                </h3>
                <Facts>
                  <Fact term={t('fields.actionField')}>{item.actionField.title}</Fact>
                  <Fact term={t('fields.focusGroup')}>{item.focusGroup.name}</Fact>
                  <Fact term={t('workspace.lastChange')}>{format.dateTime(item.updatedAt)}</Fact>
                </Facts>
              </article>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
