import { useId, useState, type FormEvent } from 'react';
import type { CombinedError } from 'urql';
import { ErrorSummary, SelectField, StatusNotice } from '@pakt/web-ui';
import { useDecisionsMessages } from '../messages';
import { ballotProblem, type BallotProblem, problemText } from './problem';
import type { ViewerVote } from './VotePanel';

export interface DelegationPanelProps {
  /** The viewer's own vote; null when they have none in this ballot. */
  readonly own: ViewerVote | null;
  /** The votes handed to the viewer. */
  readonly held: readonly ViewerVote[];
  /** Eligible members the viewer may hand their vote to. */
  readonly candidates: readonly { readonly id: string; readonly name: string }[];
  /** Whether the ballot lets votes be handed over at all (and still may: it is running). */
  readonly allowed: boolean;
  readonly delegate: (delegateId: string) => Promise<CombinedError | undefined>;
  /** Takes the viewer's vote back from its delegate; null when it is not handed over. */
  readonly revoke: (() => Promise<CombinedError | undefined>) | null;
}

/** Hand my vote to another eligible member, and see whose votes I hold. */
export function DelegationPanel({ own, held, candidates, allowed, delegate, revoke }: DelegationPanelProps) {
  const { t } = useDecisionsMessages();
  const headingId = useId();
  const heldHeading = useId();
  const fieldId = useId();
  const [delegateId, setDelegateId] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<BallotProblem | null>(null);
  const [missing, setMissing] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);

  /** Runs a change (hand over, take back) and says how it went. */
  const change = async (run: () => Promise<CombinedError | undefined>, done: string) => {
    if (busy) return;
    setBusy(true);
    const error = await run();
    setBusy(false);
    if (error) {
      setProblem(ballotProblem(error));
      setAttempt((count) => count + 1);
      return;
    }
    setProblem(null);
    setNotice(done);
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (delegateId === '') {
      setMissing(true);
      setAttempt((count) => count + 1);
      return;
    }
    setMissing(false);
    const name = candidates.find((candidate) => candidate.id === delegateId)?.name ?? '';
    await change(() => delegate(delegateId), t('delegation.done', { name }));
  };

  const mayDelegate = allowed && own !== null && !own.hasVoted && own.delegatedToName === null && held.length === 0;
  return (
    <section aria-labelledby={headingId} className="ballot-delegation">
      <h2 id={headingId}>{t('delegation.title')}</h2>
      <StatusNotice message={notice} />
      {own?.delegatedToName && revoke && (
        <>
          {problem && (
            <ErrorSummary title={t('delegation.failed')} attempt={attempt}>
              <p>{problemText(t, problem)}</p>
            </ErrorSummary>
          )}
          <p>{t('delegation.done', { name: own.delegatedToName })}</p>
          {allowed && !own.hasVoted && (
            <button type="button" className="button button--secondary" aria-disabled={busy || undefined} onClick={() => revoke && void change(revoke, t('delegation.revoked'))}>
              {t('delegation.revoke')}
            </button>
          )}
        </>
      )}
      {mayDelegate &&
        (candidates.length === 0 ? (
          <p>{t('delegation.nobody')}</p>
        ) : (
          <form className="form" noValidate onSubmit={(event) => void submit(event)}>
            <p>{t('delegation.intro')}</p>
            {(problem || missing) && (
              <ErrorSummary title={t('delegation.failed')} attempt={attempt} fields={missing ? [{ fieldId, message: t('delegation.choose') }] : []}>
                {problem && <p>{problemText(t, problem)}</p>}
              </ErrorSummary>
            )}
            <SelectField
              id={fieldId}
              label={t('delegation.to')}
              value={delegateId}
              options={candidates.map((candidate) => ({ value: candidate.id, label: candidate.name }))}
              emptyOption={t('delegation.choose')}
              onChange={setDelegateId}
              error={missing ? t('delegation.choose') : null}
            />
            <button type="submit" className="button" aria-disabled={busy || undefined}>
              {t('delegation.submit')}
            </button>
          </form>
        ))}
      <h3 id={heldHeading}>{t('delegation.held')}</h3>
      {held.length === 0 ? (
        <p className="muted">{t('delegation.heldNone')}</p>
      ) : (
        <ul aria-labelledby={heldHeading}>
          {held.map((vote) => (
            <li key={vote.voterId}>
              {vote.name}: {vote.hasVoted ? t('delegation.heldVoted') : t('delegation.heldOpen')}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
