import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessPolicy, type Actor, findOr404 } from '@pakt/api-access';
import { Body, Person } from '@pakt/api-alliance';
import { holds } from '@pakt/domain';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { BallotRecords } from './ballot-record';
import { ballotScope } from './ballot.service';
import { Ballot, BallotDelegation, BallotParticipation, BallotVote, BallotVoter } from './entities';
import type { BallotResult, BallotVoterModel, DelegationModel, ViewerVoter, VoteModel } from './models';
import { delegationsInForce } from './voting.service';

/** Per-request loaders: a list of ballots costs one statement for all their counts. */
export interface BallotLoaders {
  votesCast: DataLoader<string, number>;
  eligibleVoters: DataLoader<string, number>;
}

/**
 * Reading ballots: who may see which (the body's members, observers included, and the alliance
 * secretariat), the eligibility snapshot with who has taken part, the votes of an open ballot
 * once it is closed, the viewer's own votes and delegations, and the frozen result, verified
 * against the stored votes whenever it is read.
 */
@Injectable()
export class BallotReader {
  private readonly loaders = new WeakMap<object, BallotLoaders>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly records: BallotRecords,
  ) {}

  loadersFor(context: object): BallotLoaders {
    let loaders = this.loaders.get(context);
    if (!loaders) {
      loaders = { votesCast: this.counter('ballot_participation'), eligibleVoters: this.counter('ballot_voter') };
      this.loaders.set(context, loaders);
    }
    return loaders;
  }

  /** The ballot, or null when there is none or the actor may not read it (another alliance's looks the same). */
  async find(actor: Actor | null, id: string): Promise<Ballot | null> {
    const ballot = await this.dataSource.manager.findOneBy(Ballot, { id });
    if (!ballot || !this.policy.reveals(actor, 'ballot.read', ballotScope(ballot))) return null;
    return ballot;
  }

  /** The ballots of a body, newest first. */
  async ofBody(actor: Actor | null, bodyId: string): Promise<Ballot[]> {
    const body = await findOr404(this.dataSource.manager, Body, bodyId);
    this.policy.assertMay(actor, 'ballot.read', { allianceId: body.allianceId, bodyId: body.id });
    return this.dataSource.manager.find(Ballot, { where: { bodyId: body.id }, order: { createdAt: 'DESC', id: 'ASC' } });
  }

  /** The ballots deciding one object of another feature, newest first, that the actor may read. */
  async ofSubject(actor: Actor | null, subjectType: Ballot['subjectType'], subjectId: string): Promise<Ballot[]> {
    const ballots = await this.dataSource.manager.find(Ballot, { where: { subjectType, subjectId }, order: { createdAt: 'DESC', id: 'ASC' } });
    return ballots.filter((ballot) => actor !== null && holds(actor.grants, 'ballot.read', ballotScope(ballot)));
  }

  result(ballot: Ballot): Promise<BallotResult | null> {
    return this.records.result(this.dataSource.manager, ballot);
  }

  /** The eligibility snapshot (empty before opening), each with whether they took part. */
  async eligibleVoters(ballot: Ballot): Promise<BallotVoterModel[]> {
    const [voters, participation] = await Promise.all([
      this.dataSource.manager.find(BallotVoter, { where: { ballotId: ballot.id }, order: { name: 'ASC', voterId: 'ASC' } }),
      this.dataSource.manager.find(BallotParticipation, { where: { ballotId: ballot.id }, select: { voterId: true } }),
    ]);
    const voted = new Set(participation.map((row) => row.voterId));
    return voters.map((voter) => ({ voterId: voter.voterId, name: voter.name, camp: voter.camp, weight: voter.weight, hasVoted: voted.has(voter.voterId) }));
  }

  /** Who voted what: only for an open (not secret) ballot, and only once it is closed. */
  async votes(ballot: Ballot): Promise<VoteModel[]> {
    if (ballot.secret || ballot.status !== 'CLOSED') return [];
    const [votes, voters] = await Promise.all([
      this.dataSource.manager.find(BallotVote, { where: { ballotId: ballot.id } }),
      this.dataSource.manager.find(BallotVoter, { where: { ballotId: ballot.id } }),
    ]);
    const byId = new Map(voters.map((voter) => [voter.voterId, voter]));
    return votes
      .map((vote) => ({
        voterId: vote.voterId,
        voterName: byId.get(vote.voterId)?.name ?? '',
        choice: vote.choice,
        weight: byId.get(vote.voterId)?.weight ?? 1,
        dissent: vote.dissent,
      }))
      .sort((a, b) => a.voterName.localeCompare(b.voterName, 'de') || (a.voterId < b.voterId ? -1 : 1));
  }

  /** The votes the viewer casts in this ballot: their own (or their organisation's) and those delegated to them. */
  async viewerVoters(actor: Actor | null, ballot: Ballot): Promise<ViewerVoter[]> {
    const person = await this.personOf(actor, ballot.allianceId);
    if (!person) return [];
    const manager = this.dataSource.manager;
    const delegations = await delegationsInForce(manager, ballot);
    const toMe = delegations.filter((delegation) => delegation.delegateId === person.id).map((delegation) => delegation.delegatorId);
    const voters = await manager
      .createQueryBuilder(BallotVoter, 'voter')
      .where('voter.ballot_id = :ballotId', { ballotId: ballot.id })
      .andWhere('(voter.caster_ids @> ARRAY[:personId]::uuid[] OR voter.voter_id IN (:...toMe))', { personId: person.id, toMe: [...toMe, person.id] })
      .orderBy('voter.name', 'ASC')
      .getMany();
    const ids = voters.map((voter) => voter.voterId);
    const [participation, votes, names] = await Promise.all([
      ids.length ? manager.find(BallotParticipation, { where: { ballotId: ballot.id, voterId: In(ids) } }) : [],
      ids.length && !ballot.secret ? manager.find(BallotVote, { where: { ballotId: ballot.id, voterId: In(ids) } }) : [],
      this.names(delegations.map((delegation) => delegation.delegateId)),
    ]);
    return voters.map((voter) => {
      const own = voter.casterIds.includes(person.id);
      const away = own ? delegations.find((delegation) => delegation.delegatorId === voter.voterId) : undefined;
      return {
        voterId: voter.voterId,
        name: voter.name,
        own,
        hasVoted: participation.some((row) => row.voterId === voter.voterId),
        choice: votes.find((vote) => vote.voterId === voter.voterId)?.choice ?? null,
        delegatedToId: away?.delegateId ?? null,
        delegatedToName: away ? (names.get(away.delegateId) ?? null) : null,
      };
    });
  }

  /** The delegations in force for the ballot, with names. */
  async delegations(ballot: Ballot): Promise<DelegationModel[]> {
    const delegations = await delegationsInForce(this.dataSource.manager, ballot);
    const names = await this.names(delegations.flatMap((delegation) => [delegation.delegatorId, delegation.delegateId]));
    return delegations.map((delegation) => this.delegationModel(delegation, names));
  }

  async delegation(delegation: BallotDelegation): Promise<DelegationModel> {
    return this.delegationModel(delegation, await this.names([delegation.delegatorId, delegation.delegateId]));
  }

  mayManage(actor: Actor | null, ballot: Ballot): boolean {
    return actor !== null && holds(actor.grants, 'ballot.manage', ballotScope(ballot));
  }

  private delegationModel(delegation: BallotDelegation, names: Map<string, string>): DelegationModel {
    return {
      id: delegation.id,
      ballotId: delegation.ballotId,
      meetingKey: delegation.meetingKey,
      delegatorId: delegation.delegatorId,
      delegatorName: names.get(delegation.delegatorId) ?? '',
      delegateId: delegation.delegateId,
      delegateName: names.get(delegation.delegateId) ?? '',
    };
  }

  private async names(personIds: string[]): Promise<Map<string, string>> {
    const unique = [...new Set(personIds)];
    if (unique.length === 0) return new Map();
    const people = await this.dataSource.manager.find(Person, { where: { id: In(unique) }, select: { id: true, displayName: true } });
    return new Map(people.map((person) => [person.id, person.displayName]));
  }

  private personOf(actor: Actor | null, allianceId: string): Promise<Person | null> {
    if (actor === null) return Promise.resolve(null);
    return this.dataSource.manager.findOneBy(Person, { allianceId, accountId: actor.accountId });
  }

  private counter(table: 'ballot_participation' | 'ballot_voter'): DataLoader<string, number> {
    return new DataLoader(async (ids: readonly string[]) => {
      const rows = await this.dataSource.query<Array<{ ballot_id: string; count: number }>>(
        `SELECT ballot_id, count(*)::int AS count FROM ${table} WHERE ballot_id = ANY($1) GROUP BY ballot_id`,
        [[...ids]],
      );
      const counts = new Map(rows.map((row) => [row.ballot_id, row.count]));
      return ids.map((id) => counts.get(id) ?? 0);
    });
  }
}
