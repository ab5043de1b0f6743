import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import type { SearchHitsQuery as SearchHitsResult } from '@pakt/web-data';
import { planVersionPath } from '@pakt/web-plan';
import { recommendationPath } from '@pakt/web-recommendation';
import { ErrorAlert, LoadingStatus } from '@pakt/web-ui';
import { SearchHitsQuery } from '../graphql/queries';
import { type SearchStatus, useSearchMessages } from '../messages';

/** Hits per page; "more results" fetches the next as many. */
export const PAGE_SIZE = 20;

type Hit = SearchHitsResult['search']['edges'][number]['node'];

interface SearchResultsProps {
  readonly allianceId: string;
  readonly slug: string;
  readonly query: string;
  /** What the page's live region should say now ("12 results for …"), or null while nothing is to say. */
  readonly onStatus: (status: SearchStatus | null) => void;
}

/** Where a hit leads: its recommendation (also for a comment) or its plan version. */
function hitPath(slug: string, hit: Hit): string {
  if (hit.kind === 'PLAN_VERSION') return planVersionPath(slug, hit.id);
  return recommendationPath(slug, hit.kind === 'COMMENT' && hit.recommendation ? hit.recommendation.id : hit.id);
}

/** Adds a page's hits behind those already shown; a page that arrives twice (cache, then network) adds nothing. */
function merge(shown: readonly Hit[], page: readonly Hit[]): Hit[] {
  const seen = new Set(shown.map((hit) => `${hit.kind}:${hit.id}`));
  return [...shown, ...page.filter((hit) => !seen.has(`${hit.kind}:${hit.id}`))];
}

/** The hits of one query, best first, a page at a time. Mount it with key={query}: a new query starts over. */
export function SearchResults({ allianceId, slug, query, onStatus }: SearchResultsProps) {
  const { t } = useSearchMessages();
  const [after, setAfter] = useState<string | null>(null);
  const [hits, setHits] = useState<readonly Hit[]>([]);
  // After "more results", the first hit it brought gets the keyboard focus (the button may go away).
  const [focusFrom, setFocusFrom] = useState<number | null>(null);
  const firstNew = useRef<HTMLAnchorElement>(null);
  const headingId = useId();
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: SearchHitsQuery,
    variables: { allianceId, query, first: PAGE_SIZE, after },
  });
  const result = data?.search;

  useEffect(() => {
    if (result) setHits((shown) => merge(shown, result.edges.map((edge) => edge.node)));
  }, [result]);

  const totalCount = result?.totalCount ?? null;
  useEffect(() => {
    if (error) onStatus(null);
    else if (fetching && after === null) onStatus({ key: 'results.searching' });
    else if (totalCount !== null && after === null) {
      onStatus(totalCount === 0 ? { key: 'results.none', values: { query } } : { key: 'results.count', values: { count: totalCount, query } });
    }
  }, [error, fetching, after, totalCount, query, onStatus]);

  useEffect(() => {
    if (focusFrom !== null && hits.length > focusFrom) {
      firstNew.current?.focus();
      onStatus({ key: 'results.moreLoaded', values: { count: hits.length - focusFrom } });
      setFocusFrom(null);
    }
  }, [focusFrom, hits.length, onStatus]);

  if (error && hits.length === 0) {
    return <ErrorAlert message={t('results.failed')} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  }
  if (!result && hits.length === 0) return <LoadingStatus label={t('results.searching')} />;
  if (hits.length === 0) {
    return (
      <section aria-labelledby={headingId}>
        <h2 id={headingId}>{t('results.heading')}</h2>
        <p>{t('results.none', { query })}</p>
        <p className="muted">{t('results.noneHint')}</p>
      </section>
    );
  }

  const count = totalCount ?? hits.length;
  const nextCursor = result?.pageInfo.hasNextPage ? result.pageInfo.endCursor : null;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('results.heading')}</h2>
      <p className="muted">{t('results.shown', { shown: hits.length, count })}</p>
      <ol className="search-results">
        {hits.map((hit, index) => (
          <li key={`${hit.kind}:${hit.id}`} className="search-hit">
            <h3 className="search-hit__title">
              <Link to={hitPath(slug, hit)} ref={index === focusFrom ? firstNew : undefined}>
                {hit.kind === 'COMMENT' ? t('hit.commentOn', { title: hit.title }) : hit.title}
              </Link>
            </h3>
            <p className="search-hit__kind">
              <span className="visually-hidden">{t('results.kind')}: </span>
              <span className={`search-badge search-badge--${hit.kind.toLowerCase().replace('_', '-')}`}>{t(`kinds.${hit.kind}`)}</span>
            </p>
            {hit.snippet.length > 0 && (
              <p className="search-hit__snippet">
                <span className="visually-hidden">{t('results.snippet')}: </span>
                {hit.snippet.map((part, partIndex) => (part.match ? <mark key={partIndex}>{part.text}</mark> : part.text))}
              </p>
            )}
          </li>
        ))}
      </ol>
      {error && <ErrorAlert message={t('results.failed')} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />}
      {fetching && after !== null && focusFrom !== null && <LoadingStatus label={t('results.loadingMore')} />}
      {nextCursor && !fetching && (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setFocusFrom(hits.length);
            setAfter(nextCursor);
          }}
        >
          {t('results.more')}
        </button>
      )}
    </section>
  );
}
