import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { CombinedError } from 'urql';
import { ConfirmDialog, ErrorSummary, RadioGroup, StatusNotice, TextAreaField } from '@pakt/web-ui';
import { useDecisionsMessages } from '../messages';
import { useChoiceLabel } from './choice-label';
import { ballotProblem, type BallotProblem, problemText } from './problem';

/** A vote the viewer may cast: their own (or their organisation's), or one handed to them. */
export interface ViewerVote {
  readonly voterId: string;
  readonly name: string;
  readonly own: boolean;
  readonly hasVoted: boolean;
  /** What was chosen; open ballots only. */
  readonly choice: string | null;
  /** The person the viewer handed this vote to. */
  readonly delegatedToName: string | null;
}

export interface VotePanelProps {
  readonly open: boolean;
  /** What a voter may choose, as the api offers it: the options (or YES, NO) and ABSTAIN. */
  readonly choices: readonly string[];
  readonly secret: boolean;
  /** Organisations vote: the viewer casts their organisation's vote, named as such. */
  readonly forOrganisations: boolean;
  readonly voteChangesAllowed: boolean;
  readonly votes: readonly ViewerVote[];
  /** Casts (or changes) one vote; resolves with the api's error, if there was one. */
  readonly cast: (vote: { voterId: string; choice: string; dissent: string | null }) => Promise<CombinedError | undefined>;
}

/** "Ihre Stimme": one form per vote the viewer casts (their own first, then those handed to them). */
export function VotePanel({ votes, ...ballot }: VotePanelProps) {
  const { t } = useDecisionsMessages();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="ballot-vote">
      <h2 id={headingId}>{t('vote.title')}</h2>
      {votes.length === 0 ? (
        <p>{t('vote.notEligible')}</p>
      ) : (
        votes.map((vote) => <VoteForm key={vote.voterId} vote={vote} {...ballot} />)
      )}
    </section>
  );
}

function VoteForm({ vote, open, choices, secret, forOrganisations, voteChangesAllowed, cast }: Omit<VotePanelProps, 'votes'> & { vote: ViewerVote }) {
  const { t } = useDecisionsMessages();
  const choiceLabel = useChoiceLabel();
  const id = useId();
  const [choice, setChoice] = useState('');
  const [dissent, setDissent] = useState('');
  const [changing, setChanging] = useState(false);
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [missing, setMissing] = useState(false);
  const [problem, setProblem] = useState<BallotProblem | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const [justCast, setJustCast] = useState(false);
  const confirmation = useRef<HTMLParagraphElement>(null);

  const forName = vote.own && !forOrganisations ? null : vote.name;
  const dissentAllowed = !secret && (choice === 'NO' || choice === 'ABSTAIN');

  const review = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (choice === '') {
      setMissing(true);
      setAttempt((count) => count + 1);
      return;
    }
    setMissing(false);
    setAsking(true);
  };

  const confirm = async () => {
    setAsking(false);
    if (busy) return;
    setBusy(true);
    setNotice(t('vote.sending'));
    const error = await cast({ voterId: vote.voterId, choice, dissent: dissentAllowed && dissent.trim() !== '' ? dissent.trim() : null });
    setBusy(false);
    if (error) {
      setNotice(null);
      setProblem(ballotProblem(error));
      setAttempt((count) => count + 1);
      return;
    }
    setProblem(null);
    setChanging(false);
    setJustCast(true);
    setNotice(forName ? t('vote.votedFor', { name: forName }) : t('vote.voted'));
  };

  const voted = vote.hasVoted && !changing;
  // The form is gone once the vote counts: focus goes to the confirmation that replaces it.
  useEffect(() => {
    if (voted && justCast) {
      confirmation.current?.focus();
      setJustCast(false);
    }
  }, [voted, justCast]);

  if (vote.delegatedToName) {
    return <p className="notice">{t('vote.delegatedAway', { name: vote.delegatedToName })}</p>;
  }
  return (
    <div className="ballot-vote__form">
      {!vote.own && <h3>{t('vote.delegator', { name: vote.name })}</h3>}
      <StatusNotice message={notice} />
      {voted ? (
        <>
          <p ref={confirmation} tabIndex={-1} className="ballot-voted">
            <strong>{forName ? t('vote.votedFor', { name: forName }) : t('vote.voted')}</strong>
            {vote.choice !== null && <> {t('vote.votedWith', { choice: choiceLabel(vote.choice) })}</>}
          </p>
          {open && voteChangesAllowed && (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                setChanging(true);
                setNotice(null);
                setChoice(vote.choice ?? '');
              }}
            >
              {t('vote.change')}
            </button>
          )}
        </>
      ) : !open ? (
        <p>{t('vote.notOpen')}</p>
      ) : (
        <form className="form" noValidate onSubmit={review}>
          {(problem || missing) && (
            <ErrorSummary
              title={t('vote.failed')}
              attempt={attempt}
              fields={missing ? [{ fieldId: `${id}-choice`, message: t('vote.chooseFirst') }] : []}
            >
              {problem && <p>{problemText(t, problem)}</p>}
            </ErrorSummary>
          )}
          <RadioGroup
            id={`${id}-choice`}
            legend={forName ? t('vote.legendFor', { name: forName }) : t('vote.legend')}
            options={choices.map((value) => ({ value, label: choiceLabel(value) }))}
            value={choice}
            onChange={setChoice}
            error={missing ? t('vote.chooseFirst') : null}
          />
          {dissentAllowed && (
            <TextAreaField id={`${id}-dissent`} label={t('vote.dissent')} hint={t('vote.dissentHint')} value={dissent} onChange={setDissent} error={null} rows={3} />
          )}
          <div className="actions">
            <button type="submit" className="button" aria-disabled={busy || undefined}>
              {t('vote.submit')}
            </button>
            {changing && (
              <button type="button" className="button button--secondary" onClick={() => setChanging(false)}>
                {t('vote.keep')}
              </button>
            )}
          </div>
        </form>
      )}
      <ConfirmDialog
        open={asking}
        title={t('vote.confirmTitle')}
        confirmLabel={t('vote.confirm')}
        cancelLabel={t('common.cancel')}
        onConfirm={() => void confirm()}
        onCancel={() => setAsking(false)}
      >
        <p>{forName ? t('vote.confirmTextFor', { name: forName, choice: choiceLabel(choice) }) : t('vote.confirmText', { choice: choiceLabel(choice) })}</p>
        <p>{voteChangesAllowed ? t('vote.confirmChangeable') : t('vote.confirmFinal')}</p>
      </ConfirmDialog>
    </div>
  );
}
