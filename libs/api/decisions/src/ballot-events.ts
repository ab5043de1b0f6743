import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type PubSubEngine, withFilter } from 'graphql-subscriptions';
import { DataSource, In } from 'typeorm';
import { Ballot, type BallotDelegation } from './entities';
import type { BallotEventKind } from './graphql-enums';
import { LIVE_PUB_SUB } from './live-updates.module';
import type { BallotEvent } from './models';

const TOPIC = 'ballot.events';

/** The events of a ballot's lifecycle, published by BallotService when a step committed; counts and delegations have their own methods. */
export type BallotStepEvent = Extract<BallotEventKind, 'OPENED' | 'CLOSED' | 'CANCELLED'>;

/**
 * A vote publishes the running count at most this often per ballot: 2,000 votes then cost a few
 * dozen messages per subscriber, not 2,000, and the count they carry is read after the votes
 * committed, so it never goes backwards. With 2,000 subscribers every message is 2,000 GraphQL
 * executions: at 50 ms the fan-out took most of the api's CPU (bench:ballot, 2,000 × 2,000:
 * 31 votes/s), at 250 ms 142–171 votes/s with updates p99 0.32 s, at 500 ms 173–209 votes/s with
 * updates p99 0.54 s. Two updates a second still read as live.
 */
export const PARTICIPATION_INTERVAL_MS = 500;

/**
 * Ballot events for GraphQL subscriptions, published after the change committed. They carry
 * counts only — what was voted stays in the ballot, readable once it closes — so no subscriber
 * ever learns an interim result, of a secret ballot or any other.
 */
@Injectable()
export class BallotEvents implements OnApplicationShutdown {
  private readonly pending = new Map<string, NodeJS.Timeout>();

  constructor(
    @Inject(LIVE_PUB_SUB) private readonly pubSub: PubSubEngine,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async publish(ballot: Ballot, kind: BallotStepEvent): Promise<void> {
    // A running count still waiting would arrive after the closing event with the ballot's old status;
    // the closing event carries the final count anyway.
    if (kind === 'CLOSED' || kind === 'CANCELLED') this.cancelPending(ballot.id);
    await this.pubSub.publish(TOPIC, await this.event(ballot, kind));
  }

  /** A vote was cast: the running count follows within PARTICIPATION_INTERVAL_MS. */
  voteCast(ballot: Ballot): void {
    if (this.pending.has(ballot.id)) return;
    this.pending.set(
      ballot.id,
      setTimeout(() => {
        this.pending.delete(ballot.id);
        void this.event(ballot, 'VOTE_CAST')
          .then((event) => this.pubSub.publish(TOPIC, event))
          .catch(() => undefined); // a lost interim count is made good by the next one or the closing event
      }, PARTICIPATION_INTERVAL_MS),
    );
  }

  /**
   * A delegation was made or taken back: the delegator and the delegate hear of it on every ballot
   * it applies to that is still to be voted on, and read their ballot again. Nobody else does.
   */
  async delegationChanged(delegation: BallotDelegation): Promise<void> {
    const undecided = In(['DRAFT', 'OPEN']);
    // A delegation names its ballot or, for a meeting, the body and the meeting's key.
    const ballots = await this.dataSource.manager.findBy(
      Ballot,
      delegation.ballotId !== null
        ? { id: delegation.ballotId, status: undecided }
        : { bodyId: delegation.bodyId, meetingKey: delegation.meetingKey ?? undefined, status: undecided },
    );
    if (ballots.length === 0) return;
    const accounts = await this.dataSource.query<Array<{ account_id: string }>>(
      `SELECT account_id FROM person WHERE id = ANY($1::uuid[]) AND account_id IS NOT NULL`,
      [[delegation.delegatorId, delegation.delegateId]],
    );
    const audience = accounts.map((row) => row.account_id);
    for (const ballot of ballots) await this.pubSub.publish(TOPIC, { ...(await this.event(ballot, 'DELEGATION_CHANGED')), audience });
  }

  /** The events of one body, or of one ballot of it, that the subscribing account may receive. */
  subscribe(filter: { bodyId: string; ballotId: string | null; accountId: string | null }): AsyncIterator<BallotEvent> {
    return withFilter(
      () => this.pubSub.asyncIterableIterator<BallotEvent>(TOPIC),
      (event: BallotEvent | undefined) =>
        event !== undefined &&
        event.bodyId === filter.bodyId &&
        (filter.ballotId === null || event.ballotId === filter.ballotId) &&
        (event.audience === undefined || (filter.accountId !== null && event.audience.includes(filter.accountId))),
    )(undefined, {}, undefined, undefined) as AsyncIterator<BallotEvent>;
  }

  onApplicationShutdown(): void {
    for (const ballotId of [...this.pending.keys()]) this.cancelPending(ballotId);
  }

  private cancelPending(ballotId: string): void {
    clearTimeout(this.pending.get(ballotId));
    this.pending.delete(ballotId);
  }

  private async event(ballot: Ballot, kind: BallotEventKind): Promise<BallotEvent> {
    const [counts] = await this.dataSource.query<Array<{ cast: number; eligible: number }>>(
      `SELECT (SELECT count(*)::int FROM ballot_participation WHERE ballot_id = $1) AS cast,
              (SELECT count(*)::int FROM ballot_voter WHERE ballot_id = $1) AS eligible`,
      [ballot.id],
    );
    return {
      kind,
      ballotId: ballot.id,
      bodyId: ballot.bodyId,
      allianceId: ballot.allianceId,
      status: ballot.status,
      votesCast: counts?.cast ?? 0,
      eligibleVoters: counts?.eligible ?? 0,
    };
  }
}
