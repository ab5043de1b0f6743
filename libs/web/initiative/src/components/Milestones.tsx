import { useId, useState, type FormEvent } from 'react';
import type { CombinedError } from 'urql';
import { writeProblem } from '@pakt/web-indicator';
import { DateField, ErrorSummary, type FieldProblem, TextField, useFormat } from '@pakt/web-ui';
import { useInitiativeMessages } from '../messages';
import { DoneNotice } from './DoneNotice';
import { ScrollingTable } from './ScrollingTable';

export interface MilestoneItem {
  readonly id: string;
  readonly title: string;
  readonly dueOn: string;
  readonly doneOn: string | null;
  readonly overdue: boolean;
}

interface MilestonesProps {
  readonly milestones: readonly MilestoneItem[];
  /** Whether the viewer may add milestones and mark them done. */
  readonly editable: boolean;
  readonly onAdd: (title: string, dueOn: string) => Promise<CombinedError | undefined>;
  readonly onDone: (milestone: MilestoneItem) => Promise<CombinedError | undefined>;
}

type Outcome = { readonly kind: 'done'; readonly message: string } | { readonly kind: 'problem'; readonly messages: readonly string[]; readonly attempt: number };

/** The milestones by due date; an overdue one says so in words. Editors add them and mark them done. */
export function Milestones({ milestones, editable, onAdd, onDone }: MilestonesProps) {
  const { t } = useInitiativeMessages();
  const format = useFormat();
  const ids = { heading: useId(), add: useId(), title: useId(), due: useId() };
  const [title, setTitle] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [fieldErrors, setFieldErrors] = useState<{ title?: string; dueOn?: string }>({});
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);

  const refused = (error: CombinedError) => {
    const problem = writeProblem(error);
    if (problem.kind === 'invalid') {
      const fields = problem.fields;
      const next = {
        ...(fields['title'] !== undefined ? { title: title.trim() === '' ? t('form.required', { label: t('milestones.titleField') }) : t('form.invalidDetail', { label: t('milestones.titleField'), detail: fields['title'] }) } : {}),
        ...(fields['dueOn'] !== undefined ? { dueOn: dueOn === '' ? t('form.required', { label: t('milestones.dueField') }) : t('form.invalidDetail', { label: t('milestones.dueField'), detail: fields['dueOn'] }) } : {}),
      };
      setFieldErrors(next);
      const rest = Object.entries(fields)
        .filter(([name]) => name !== 'title' && name !== 'dueOn')
        .map(([, message]) => message);
      setOutcome({ kind: 'problem', messages: rest, attempt: Date.now() });
      return;
    }
    setFieldErrors({});
    setOutcome({ kind: 'problem', messages: [problem.kind === 'not-found' ? t('form.notFound') : problem.kind === 'conflict' ? t('form.conflict') : t('form.failed')], attempt: Date.now() });
  };

  const add = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    // A date travels only as a date: an empty one cannot reach the api, so it is named here.
    if (dueOn === '') {
      setFieldErrors({
        ...(title.trim() === '' ? { title: t('form.required', { label: t('milestones.titleField') }) } : {}),
        dueOn: t('form.required', { label: t('milestones.dueField') }),
      });
      setOutcome({ kind: 'problem', messages: [], attempt: Date.now() });
      return;
    }
    setBusy(true);
    const error = await onAdd(title.trim(), dueOn);
    setBusy(false);
    if (error) return refused(error);
    setFieldErrors({});
    setOutcome({ kind: 'done', message: t('milestones.added', { title: title.trim() }) });
    setTitle('');
    setDueOn('');
  };

  const markDone = async (milestone: MilestoneItem) => {
    if (busy) return;
    setBusy(true);
    const error = await onDone(milestone);
    setBusy(false);
    if (error) return refused(error);
    setOutcome({ kind: 'done', message: t('milestones.markedDone', { title: milestone.title }) });
  };

  const summary: FieldProblem[] = [
    ...(fieldErrors.title ? [{ fieldId: ids.title, message: fieldErrors.title }] : []),
    ...(fieldErrors.dueOn ? [{ fieldId: ids.due, message: fieldErrors.dueOn }] : []),
  ];

  return (
    <section aria-labelledby={ids.heading} className="initiative-section">
      <h2 id={ids.heading}>{t('milestones.title')}</h2>
      {outcome?.kind === 'problem' && (
        <ErrorSummary title={t('form.errorSummary')} fields={summary} attempt={outcome.attempt}>
          {outcome.messages.map((message) => (
            <p key={message}>{message}</p>
          ))}
        </ErrorSummary>
      )}
      <DoneNotice message={outcome?.kind === 'done' ? outcome.message : null} />
      {milestones.length === 0 ? (
        <p className="muted">{t('milestones.none')}</p>
      ) : (
        <ScrollingTable label={t('milestones.caption')}>
          <table className="admin-table">
            <caption className="visually-hidden">{t('milestones.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('milestones.name')}</th>
                <th scope="col">{t('milestones.dueOn')}</th>
                <th scope="col">{t('milestones.state')}</th>
              </tr>
            </thead>
            <tbody>
              {milestones.map((milestone) => (
                <tr key={milestone.id} className={milestone.overdue ? 'initiative-overdue' : undefined}>
                  <th scope="row">{milestone.title}</th>
                  <td>{format.date(milestone.dueOn)}</td>
                  <td>
                    {milestone.doneOn ? (
                      t('milestones.done', { date: format.date(milestone.doneOn) })
                    ) : (
                      <>
                        {milestone.overdue ? <strong className="initiative-flag">{t('milestones.overdue')}</strong> : t('milestones.open')}
                        {editable && (
                          <>
                            {' '}
                            <button type="button" className="button button--secondary" disabled={busy} onClick={() => void markDone(milestone)}>
                              {t('milestones.markDone', { title: milestone.title })}
                            </button>
                          </>
                        )}
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollingTable>
      )}
      {editable && (
        <form className="form initiative-inline-form" noValidate aria-labelledby={ids.add} onSubmit={(event) => void add(event)}>
          <h3 id={ids.add}>{t('milestones.addTitle')}</h3>
          <TextField id={ids.title} label={t('milestones.titleField')} autoComplete="off" value={title} onChange={setTitle} error={fieldErrors.title ?? null} />
          <DateField id={ids.due} label={t('milestones.dueField')} value={dueOn} onChange={setDueOn} error={fieldErrors.dueOn ?? null} />
          <div className="actions">
            <button type="submit" className="button">
              {t('milestones.add')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
