import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { writeProblem } from '@pakt/web-indicator';
import { DateField, ErrorAlert, ErrorSummary, type FieldProblem, LoadingStatus, TextField, useFormat } from '@pakt/web-ui';
import { OpenReportingRoundMutation } from '../graphql/mutations';
import { ReportingRoundsQuery } from '../graphql/queries';
import { useInitiativeMessages } from '../messages';
import { DoneNotice } from './DoneNotice';
import { initiativePath } from '../paths';

// A new round, and every report filed, change who is missing.
const ROUNDS_CONTEXT = { additionalTypenames: ['ReportingRound', 'InitiativeProgressReport'] };

/** The reporting rounds: open one with a due date; for each, who has not reported yet. */
export function ReportingRounds({ allianceId, slug }: { allianceId: string; slug: string }) {
  const { t } = useInitiativeMessages();
  const format = useFormat();
  const ids = { heading: useId(), form: useId(), title: useId(), due: useId() };
  const [{ data, error }, reexecute] = useQuery({ query: ReportingRoundsQuery, variables: { allianceId }, requestPolicy: 'cache-and-network', context: ROUNDS_CONTEXT });
  const [, open] = useMutation(OpenReportingRoundMutation);
  const [title, setTitle] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [errors, setErrors] = useState<{ title?: string; dueOn?: string; other?: string }>({});
  const [attempt, setAttempt] = useState(0);
  const [opened, setOpened] = useState<string | null>(null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // A date travels only as a date: an empty one cannot reach the api, so it is named here.
    if (dueOn === '') {
      setErrors({
        ...(title.trim() === '' ? { title: t('form.required', { label: t('rounds.titleField') }) } : {}),
        dueOn: t('form.required', { label: t('rounds.dueOn') }),
      });
      setOpened(null);
      setAttempt((count) => count + 1);
      return;
    }
    const result = await open({ input: { allianceId, title: title.trim(), dueOn } });
    if (result.data?.openReportingRound) {
      setErrors({});
      setOpened(t('rounds.opened', { title: title.trim() }));
      setTitle('');
      setDueOn('');
      return;
    }
    const problem = result.error ? writeProblem(result.error) : ({ kind: 'failed' } as const);
    const fields = problem.kind === 'invalid' ? problem.fields : {};
    const labelled = (label: string, value: string, detail: string | undefined) =>
      detail === undefined ? undefined : value.trim() === '' ? t('form.required', { label }) : t('form.invalidDetail', { label, detail });
    const next = {
      title: labelled(t('rounds.titleField'), title, fields['title']),
      dueOn: labelled(t('rounds.dueOn'), dueOn, fields['dueOn']),
    };
    setErrors({ ...next, ...(next.title || next.dueOn ? {} : { other: problem.kind === 'not-found' ? t('form.notFound') : t('form.failed') }) });
    setOpened(null);
    setAttempt((count) => count + 1);
  };

  const summary: FieldProblem[] = [
    ...(errors.title ? [{ fieldId: ids.title, message: errors.title }] : []),
    ...(errors.dueOn ? [{ fieldId: ids.due, message: errors.dueOn }] : []),
  ];
  return (
    <section aria-labelledby={ids.heading} className="initiative-section">
      <h2 id={ids.heading}>{t('rounds.title')}</h2>
      <p>{t('rounds.intro')}</p>
      <form className="form initiative-inline-form" noValidate aria-labelledby={ids.form} onSubmit={(event) => void submit(event)}>
        <h3 id={ids.form}>{t('rounds.open')}</h3>
        {(summary.length > 0 || errors.other) && (
          <ErrorSummary title={t('form.errorSummary')} fields={summary} attempt={attempt}>
            {errors.other && <p>{errors.other}</p>}
          </ErrorSummary>
        )}
        <TextField id={ids.title} label={t('rounds.titleField')} hint={t('rounds.titleHint')} autoComplete="off" value={title} onChange={setTitle} error={errors.title ?? null} />
        <DateField id={ids.due} label={t('rounds.dueOn')} value={dueOn} onChange={setDueOn} error={errors.dueOn ?? null} />
        <div className="actions">
          <button type="submit" className="button">
            {t('rounds.open')}
          </button>
        </div>
        <DoneNotice message={opened} />
      </form>
      {error && !data ? (
        <ErrorAlert onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : !data ? (
        <LoadingStatus />
      ) : data.reportingRounds.length === 0 ? (
        <p className="muted">{t('rounds.none')}</p>
      ) : (
        data.reportingRounds.map((round) => (
          <article key={round.id} className="card initiative-round" aria-labelledby={`${ids.heading}-${round.id}`}>
            <h3 id={`${ids.heading}-${round.id}`}>{t('rounds.roundHeading', { title: round.title, date: format.date(round.dueOn) })}</h3>
            <p>{t('rounds.reported', { reported: round.askedCount - round.missing.length, total: round.askedCount })}</p>
            {round.missing.length === 0 ? (
              <p className="muted">{t('rounds.allReported')}</p>
            ) : (
              <>
                <h4>{t('rounds.missing')}</h4>
                <ul>
                  {round.missing.map((initiative) => (
                    <li key={initiative.id}>
                      <Link to={initiativePath(slug, initiative.id)}>{initiative.name}</Link> ({initiative.leadOrganisation.name})
                    </li>
                  ))}
                </ul>
              </>
            )}
          </article>
        ))
      )}
    </section>
  );
}
