import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { type CombinedError, useMutation, useQuery } from 'urql';
import { quorumNeeded as quorumNeededFor } from '@pakt/domain';
import type { BallotDetailFragment } from '@pakt/web-data';
import { ErrorAlert, LoadingStatus, NotFound, PageTitle, useFormat } from '@pakt/web-ui';
import { BallotFacts } from '../components/BallotFacts';
import { ControlPanel } from '../components/ControlPanel';
import { DelegationPanel } from '../components/DelegationPanel';
import { reasonText } from '../components/outcome';
import { Participation } from '../components/Participation';
import { ResultPanel } from '../components/ResultPanel';
import { StatusBadge } from '../components/StatusBadge';
import { type BallotEvent, useBallotEvents } from '../components/use-ballot-events';
import { VotePanel } from '../components/VotePanel';
import { VotersTable } from '../components/VotersTable';
import {
  CancelBallotMutation,
  CastVoteMutation,
  CloseBallotMutation,
  DelegateVoteMutation,
  OpenBallotMutation,
  RevokeDelegationMutation,
} from '../graphql/mutations';
import { BallotQuery } from '../graphql/queries';
import { useDecisionsMessages } from '../messages';
import { bodyBallotsPath } from '../paths';

// The table of who has voted is read again at most this often for those who run the ballot;
// the count itself arrives with every event.
const VOTERS_REFRESH_MS = 3_000;

/**
 * /alliances/:slug/ballots/:id — one ballot. Members vote here (or hand their vote over), the
 * body's chair, deputy and secretariat run it; everyone watches participation rise and sees the
 * result the moment it closes, without reloading.
 */
export function BallotPage() {
  const { slug = '', id = '' } = useParams();
  const { t } = useDecisionsMessages();
  const [{ data, error }, reexecute] = useQuery({ query: BallotQuery, variables: { slug, id } });
  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);

  if (error && !data) return <ErrorAlert onRetry={refresh} />;
  if (!data) return <LoadingStatus />;
  const alliance = data.alliance;
  const ballot = data.ballot;
  const body = alliance?.bodies.find((candidate) => candidate.id === ballot?.bodyId);
  if (!alliance || !ballot || !body) return <NotFound />;
  return (
    <>
      <PageTitle title={ballot.title} />
      <Link to={bodyBallotsPath(alliance.slug, body.id)} className="back-link">
        {t('common.toBody', { name: body.name })}
      </Link>
      <LiveBallot ballot={ballot} refresh={refresh} />
    </>
  );
}

function LiveBallot({ ballot, refresh }: { ballot: BallotDetailFragment; refresh: () => void }) {
  const { t } = useDecisionsMessages();
  const format = useFormat();
  const [live, setLive] = useState<{ cast: number; eligible: number } | null>(null);
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const lastRefresh = useRef(0);
  const trailing = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  // Participation rises with the events; a change of state (opened, closed, cancelled) loads the
  // ballot again, with its result once it is closed, and so does a delegation to or from the viewer.
  const onEvent = useCallback(
    (event: BallotEvent) => {
      setLive((current) => ({ cast: Math.max(event.votesCast, current?.cast ?? 0), eligible: event.eligibleVoters }));
      if (event.kind === 'DELEGATION_CHANGED') {
        setAnnouncement(t('live.delegationChanged'));
        refresh();
      } else if (event.status !== ballot.status) {
        refresh();
      } else if (ballot.viewerMayManage && event.kind === 'VOTE_CAST' && trailing.current === undefined) {
        const wait = Math.max(0, lastRefresh.current + VOTERS_REFRESH_MS - Date.now());
        trailing.current = setTimeout(() => {
          trailing.current = undefined;
          lastRefresh.current = Date.now();
          refresh();
        }, wait);
      }
    },
    [ballot.status, ballot.viewerMayManage, refresh, t],
  );
  useBallotEvents(ballot.bodyId, ballot.id, onEvent, refresh);
  useEffect(() => () => clearTimeout(trailing.current), []);

  // What changed is said once, politely, when the page shows it.
  const shownStatus = useRef(ballot.status);
  useEffect(() => {
    if (shownStatus.current === ballot.status) return;
    shownStatus.current = ballot.status;
    if (ballot.status === 'OPEN') setAnnouncement(t('live.opened'));
    else if (ballot.status === 'CANCELLED') setAnnouncement(t('live.cancelled'));
    else if (ballot.status === 'CLOSED' && ballot.result) {
      const verdict = ballot.result.accepted ? t('result.accepted') : t('result.rejected');
      setAnnouncement(`${t('live.closed')} ${verdict}. ${reasonText(t, ballot.majority, ballot.result, format.number)}`);
    }
  }, [ballot.status, ballot.result, ballot.majority, t, format.number]);

  const [, open] = useMutation(OpenBallotMutation);
  const [, close] = useMutation(CloseBallotMutation);
  const [, cancel] = useMutation(CancelBallotMutation);
  const [, castVote] = useMutation(CastVoteMutation);
  const [, delegateVote] = useMutation(DelegateVoteMutation);
  const [, revokeDelegation] = useMutation(RevokeDelegationMutation);
  // A delegation answers with itself, not the ballot: read the ballot again to show who casts what.
  const settled = (result: { error?: CombinedError | undefined }) => {
    if (!result.error) refresh();
    return result.error;
  };

  const cast = ballot.status === 'OPEN' ? Math.max(live?.cast ?? 0, ballot.votesCast) : ballot.votesCast;
  const eligible = ballot.status === 'OPEN' && live ? live.eligible : ballot.eligibleCount;
  const eligibleWeight = ballot.eligibleVoters.reduce((sum, voter) => sum + voter.weight, 0);
  const quorumNeeded = ballot.quorumPercent > 0 ? quorumNeededFor(ballot.quorumPercent, eligibleWeight) : 0;
  const own = ballot.viewerVoters.find((vote) => vote.own) ?? null;
  const held = ballot.viewerVoters.filter((vote) => !vote.own);
  const running = ballot.status === 'OPEN';
  // Who voted what: open ballots, once closed.
  const votes = ballot.status === 'CLOSED' && !ballot.secret ? ballot.votes : null;
  // Who has handed their own vote over holds none: votes are not passed on along a chain.
  const delegators = new Set(ballot.delegations.map((delegation) => delegation.delegatorId));
  const ownDelegation = own ? (ballot.delegations.find((delegation) => delegation.delegatorId === own.voterId) ?? null) : null;

  return (
    <div className="ballot-page">
      <div className="ballot-heading">
        <h1>{ballot.title}</h1>
        <StatusBadge status={ballot.status} />
      </div>
      <p role="status" aria-atomic="true" className={announcement ? 'notice' : 'notice notice--empty'} data-testid="ballot-announcement">
        {announcement}
      </p>
      {ballot.motionText && (
        <section aria-labelledby="ballot-motion-heading">
          <h2 id="ballot-motion-heading">{t('motion.title')}</h2>
          <p className="ballot-motion">{ballot.motionText}</p>
        </section>
      )}
      {ballot.status === 'CLOSED' && ballot.result && (
        <ResultPanel majority={ballot.majority} outcome={ballot.result} tampered={ballot.result.integrity === 'TAMPERED'} />
      )}
      {ballot.viewerMayManage && (
        <ControlPanel
          status={ballot.status}
          cast={cast}
          eligible={eligible}
          run={async (step) => {
            const mutate = step === 'open' ? open : step === 'close' ? close : cancel;
            const result = await mutate({ id: ballot.id });
            if (result.error) refresh();
            return result.error;
          }}
        />
      )}
      {(running || ballot.status === 'CLOSED') && <Participation cast={cast} eligible={eligible} quorumNeeded={quorumNeeded} />}
      {(ballot.status === 'DRAFT' || running || ballot.viewerVoters.some((vote) => vote.hasVoted)) && ballot.viewerVoters.length > 0 && (
        <VotePanel
          open={running}
          choices={ballot.choices}
          secret={ballot.secret}
          forOrganisations={ballot.votingUnit === 'ORGANISATION'}
          voteChangesAllowed={ballot.voteChangesAllowed}
          votes={ballot.viewerVoters}
          cast={async (vote) => (await castVote({ input: { ballotId: ballot.id, ...vote } })).error}
        />
      )}
      {running && ballot.votingUnit === 'PERSON' && ballot.maxDelegations > 0 && (own !== null || held.length > 0) && (
        <DelegationPanel
          own={own}
          held={held}
          allowed={running}
          candidates={ballot.eligibleVoters
            .filter((voter) => voter.voterId !== own?.voterId && !delegators.has(voter.voterId))
            .map((voter) => ({ id: voter.voterId, name: voter.name }))}
          delegate={async (delegateId) => settled(await delegateVote({ input: { ballotId: ballot.id, delegateId } }))}
          revoke={ownDelegation ? async () => settled(await revokeDelegation({ id: ownDelegation.id })) : null}
        />
      )}
      <BallotFacts ballot={ballot} />
      <VotersTable voters={ballot.eligibleVoters} votes={votes} secret={ballot.secret} opened={ballot.status !== 'DRAFT'} />
    </div>
  );
}
