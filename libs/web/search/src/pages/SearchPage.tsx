import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { alliancePath } from '@pakt/web-alliance';
import { ErrorAlert, ErrorSummary, LoadingStatus, NotFound, PageTitle, TextField } from '@pakt/web-ui';
import { SearchResults } from '../components/SearchResults';
import { SearchAllianceQuery } from '../graphql/queries';
import { type SearchStatus, useSearchMessages } from '../messages';

export const QUERY_MIN_LENGTH = 2;
export const QUERY_MAX_LENGTH = 200;

/** What is wrong with a query as typed, as a message key; null when it may be searched. */
export function queryProblem(query: string): 'form.tooShort' | 'form.tooLong' | null {
  const trimmed = query.trim();
  if (trimmed.length < QUERY_MIN_LENGTH) return 'form.tooShort';
  if (trimmed.length > QUERY_MAX_LENGTH) return 'form.tooLong';
  return null;
}

/** /alliances/:slug/search?q=… — the alliance's full-text search; the query lives in the address. */
export function SearchPage() {
  const { slug = '' } = useParams();
  const { t } = useSearchMessages();
  const [{ data, error }, reexecute] = useQuery({ query: SearchAllianceQuery, variables: { slug } });

  if (error) return <ErrorAlert onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!data) return <LoadingStatus />;
  const alliance = data.alliance;
  if (!alliance) return <NotFound />;
  return (
    <>
      <Link to={alliancePath(alliance.slug)} className="back-link">
        {t('page.toOverview')}
      </Link>
      <h1>{t('page.heading', { name: alliance.name })}</h1>
      <p className="lead">{t('page.intro')}</p>
      <Search alliance={alliance} />
    </>
  );
}

function Search({ alliance }: { alliance: { readonly id: string; readonly slug: string; readonly name: string } }) {
  const { t } = useSearchMessages();
  const [params, setParams] = useSearchParams();
  const query = (params.get('q') ?? '').trim();
  const searchable = query !== '' && queryProblem(query) === null;
  const [typed, setTyped] = useState(query);
  const [problem, setProblem] = useState<'form.tooShort' | 'form.tooLong' | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [status, setStatus] = useState<SearchStatus | null>(null);
  const ids = { form: useId(), input: useId() };

  // Back and forward move through searches: the field shows the query of the address, and what
  // is wrong with it when someone typed a too short one into the address by hand.
  useEffect(() => {
    setTyped(query);
    setProblem(query === '' ? null : queryProblem(query));
  }, [query]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next = queryProblem(typed);
    setProblem(next);
    setAttempt((count) => count + 1);
    if (next !== null) return;
    setParams({ q: typed.trim() });
  };
  const onStatus = useCallback((next: SearchStatus | null) => setStatus(next), []);

  return (
    <>
      <PageTitle title={searchable ? t('page.titleWithQuery', { query, name: alliance.name }) : t('page.titleOf', { name: alliance.name })} />
      <form role="search" aria-labelledby={ids.form} className="form search-form" noValidate onSubmit={submit}>
        <h2 id={ids.form} className="visually-hidden">
          {t('page.title')}
        </h2>
        {problem && (
          <ErrorSummary title={t('form.errorSummary')} attempt={attempt} fields={[{ fieldId: ids.input, message: t(problem) }]} />
        )}
        <TextField
          id={ids.input}
          name="q"
          label={t('form.label')}
          hint={t('form.hint')}
          autoComplete="off"
          value={typed}
          onChange={setTyped}
          error={problem ? t(problem) : null}
        />
        <button type="submit" className="button">
          {t('form.submit')}
        </button>
      </form>
      <p role="status" className="status search-status">
        {searchable && status ? t(status.key, status.values) : null}
      </p>
      {searchable && <SearchResults key={query} allianceId={alliance.id} slug={alliance.slug} query={query} onStatus={onStatus} />}
    </>
  );
}
