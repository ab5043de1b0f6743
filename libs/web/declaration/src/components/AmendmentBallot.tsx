import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { refusalOf } from '@pakt/web-data';
import { ballotPath } from '@pakt/web-decisions';
import { PutAmendmentToBallotMutation, StartFinalVoteMutation } from '../graphql/mutations';
import { useDeclarationMessages } from '../messages';
import { problemText } from './ActionButton';
import { BallotStart, type BallotSettings } from './BallotStart';

/** Opens a ballot and reports how it went: the refusal in words, or null after going to the ballot. */
function useBallotStart(start: (settings: BallotSettings) => Promise<{ ballotId: string | null; error: Parameters<typeof refusalOf>[0] | undefined }>, slug: string) {
  const { t } = useDeclarationMessages();
  const navigate = useNavigate();
  const [problem, setProblem] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const run = async (settings: BallotSettings) => {
    if (busy) return;
    setBusy(true);
    const { ballotId, error } = await start(settings);
    setBusy(false);
    if (ballotId) {
      // Voting and closing happen on the ballot's page of the decisions engine.
      navigate(ballotPath(slug, ballotId));
      return;
    }
    setProblem(error ? problemText(refusalOf(error), t) : t('common.retry'));
    setAttempt((count) => count + 1);
  };
  return { problem, attempt, busy, run };
}

interface AmendmentBallotProps {
  readonly slug: string;
  readonly declaration: { readonly phase: string };
  readonly amendment: { readonly id: string; readonly number: number; readonly version: number; readonly state: string; readonly ballotId?: string | null };
}

/** The chair puts a proposed amendment to the body's vote (in the deciding phase), or follows it to its ballot. */
export function AmendmentBallot({ slug, declaration, amendment }: AmendmentBallotProps) {
  const { t } = useDeclarationMessages();
  const [, put] = useMutation(PutAmendmentToBallotMutation);
  const start = useBallotStart(async (settings) => {
    const result = await put({ input: { id: amendment.id, version: amendment.version, quorumPercent: settings.quorumPercent } });
    return { ballotId: result.data?.putAmendmentToBallot.ballotId ?? null, error: result.error };
  }, slug);
  if (amendment.ballotId) {
    return (
      <Link className="button button--secondary" to={ballotPath(slug, amendment.ballotId)}>
        {t('deciding.toBallot', { number: amendment.number })}
      </Link>
    );
  }
  if (declaration.phase !== 'DECIDING' || amendment.state !== 'PROPOSED') return null;
  return (
    <BallotStart
      label={t('deciding.openBallotNamed', { number: amendment.number })}
      quorum={null}
      problem={start.problem}
      attempt={start.attempt}
      busy={start.busy}
      onStart={(settings) => void start.run(settings)}
    />
  );
}

interface FinalVoteProps {
  readonly slug: string;
  readonly declaration: {
    readonly id: string;
    readonly version: number;
    readonly phase: string;
    readonly viewerMaySteer: boolean;
    readonly finalBallots: readonly { readonly id: string; readonly status: string }[];
  };
}

/** The final vote on the consolidated text: its ballots so far, and for the chair the start of a new one. */
export function FinalVote({ slug, declaration }: FinalVoteProps) {
  const { t } = useDeclarationMessages();
  const [, startFinal] = useMutation(StartFinalVoteMutation);
  const start = useBallotStart(async (settings) => {
    const result = await startFinal({ input: { id: declaration.id, version: declaration.version, quorumPercent: settings.quorumPercent } });
    return { ballotId: result.data?.startFinalVote.id ?? null, error: result.error };
  }, slug);
  const running = declaration.finalBallots.find((ballot) => ballot.status === 'OPEN' || ballot.status === 'DRAFT');
  return (
    <>
      {declaration.finalBallots.length > 0 && (
        <ul>
          {declaration.finalBallots.map((ballot, index) => (
            <li key={ballot.id}>
              <Link to={ballotPath(slug, ballot.id)}>{t('deciding.finalBallot', { number: declaration.finalBallots.length - index })}</Link>
            </li>
          ))}
        </ul>
      )}
      {declaration.phase === 'FINAL_VOTE' && declaration.viewerMaySteer && !running && (
        <BallotStart
          label={t('deciding.openFinalVote')}
          quorum={50}
          problem={start.problem}
          attempt={start.attempt}
          busy={start.busy}
          onStart={(settings) => void start.run(settings)}
        />
      )}
    </>
  );
}
