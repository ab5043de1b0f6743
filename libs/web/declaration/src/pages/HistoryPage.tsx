import { useEffect, useId, useRef, useState } from 'react';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { hasChanges } from '@pakt/domain';
import { ErrorAlert, LoadingStatus, NotFound, SelectField, useFormat, WordDiff } from '@pakt/web-ui';
import { CompareDeclarationRevisionsQuery, DeclarationHistoryQuery } from '../graphql/queries';
import { SubpageHead } from '../components/SubpageHead';
import { useDeclarationMessages } from '../messages';

/** /alliances/:slug/declarations/:id/history — every revision (saves and merged amendments), any two compared word by word. */
export function HistoryPage() {
  const { slug = '', id = '' } = useParams();
  const { t } = useDeclarationMessages();
  const format = useFormat();
  const compareId = useId();
  const [{ data, error }, reexecute] = useQuery({ query: DeclarationHistoryQuery, variables: { slug, id }, requestPolicy: 'cache-and-network' });
  const newest = data?.declaration?.revision ?? 0;
  const [chosen, setChosen] = useState<{ from: number; to: number } | null>(null);
  const [shown, setShown] = useState<{ from: number; to: number } | null>(null);

  if (error && !data) return <ErrorAlert onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!data) return <LoadingStatus />;
  const { alliance, declaration } = data;
  if (!alliance || !declaration || declaration.allianceId !== alliance.id) return <NotFound />;

  const title = t('history.title', { title: declaration.title });
  const pair = chosen ?? { from: Math.max(1, newest - 1), to: newest };
  const compared = shown ?? pair;
  const options = declaration.revisions.map((revision) => ({
    value: String(revision.number),
    label: t(revision.amendmentId ? 'history.revisionMerged' : 'history.revision', {
      number: revision.number,
      date: format.dateTime(revision.createdAt),
      amendment: declaration.amendments.find((amendment) => amendment.id === revision.amendmentId)?.number ?? '',
    }),
  }));

  return (
    <>
      <SubpageHead slug={alliance.slug} declarationId={declaration.id} title={title} />
      <section aria-labelledby={compareId}>
        <h2 id={compareId}>{t('history.choose')}</h2>
        {declaration.revisions.length < 2 ? (
          <p>{t('history.needTwo')}</p>
        ) : (
          <>
            <form
              className="form"
              aria-labelledby={compareId}
              onSubmit={(event) => {
                event.preventDefault();
                setShown(pair);
              }}
            >
              <SelectField id={`${compareId}-from`} label={t('history.from')} value={String(pair.from)} options={options} onChange={(value) => setChosen({ ...pair, from: Number(value) })} error={null} />
              <SelectField id={`${compareId}-to`} label={t('history.to')} value={String(pair.to)} options={options} onChange={(value) => setChosen({ ...pair, to: Number(value) })} error={null} />
              <div className="actions">
                <button type="submit" className="button">
                  {t('history.show')}
                </button>
              </div>
            </form>
            <Comparison id={declaration.id} from={compared.from} to={compared.to} focus={shown !== null} />
          </>
        )}
      </section>
    </>
  );
}

function Comparison({ id, from, to, focus }: { id: string; from: number; to: number; focus: boolean }) {
  const { t } = useDeclarationMessages();
  const headingId = useId();
  const [{ data: latest, error, operation }, reexecute] = useQuery({ query: CompareDeclarationRevisionsQuery, variables: { id, from, to } });
  // urql keeps the last pair's answer while the new one loads: never show it under the new heading.
  const data = operation?.variables.from === from && operation.variables.to === to ? latest : undefined;
  const heading = useRef<HTMLHeadingElement>(null);
  // A comparison asked for (not the first, shown with the page) takes focus at its heading.
  useEffect(() => {
    if (focus) heading.current?.focus();
  }, [focus, from, to]);
  return (
    <section aria-labelledby={headingId} className="comparison">
      <h3 id={headingId} ref={heading} tabIndex={-1}>
        {t('history.result', { from, to })}
      </h3>
      <p className="muted">{t('diff.legend')}</p>
      {error && !data ? (
        <ErrorAlert onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : !data ? (
        <LoadingStatus />
      ) : hasChanges(data.compareDeclarationRevisions) ? (
        <WordDiff segments={data.compareDeclarationRevisions} />
      ) : (
        <p>{t('history.unchanged')}</p>
      )}
    </section>
  );
}
