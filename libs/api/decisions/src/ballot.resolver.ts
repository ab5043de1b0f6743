import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { ActorService, type Caller, RequirePermission, type RequestContext, ValidInput } from '@pakt/api-access';
import { Organisation } from '@pakt/api-alliance';
import { AuditedInService } from '@pakt/api-audit';
import { BallotEvents } from './ballot-events';
import { BallotReader } from './ballot-reader.service';
import { BallotService } from './ballot.service';
import { CampService } from './camp.service';
import { Ballot, Camp } from './entities';
import { CastVoteInput, CreateBallotInput, DelegateVoteInput, SaveCampInput, UpdateBallotInput } from './inputs';
import { BallotEvent, BallotResult, BallotVoterModel, DelegationModel, ViewerVoter, VoteModel } from './models';
import { VotingService } from './voting.service';

// Thin resolvers: arguments and the request's actor in, service calls out. Which body's roles
// count is decided by the services once the ballot (and so its alliance and body) is loaded.

@Resolver(() => Ballot)
export class BallotResolver {
  constructor(
    private readonly ballotService: BallotService,
    private readonly voting: VotingService,
    private readonly reader: BallotReader,
    private readonly events: BallotEvents,
    private readonly actors: ActorService,
  ) {}

  @Query(() => Ballot, { nullable: true, description: 'The ballot, or null when there is none or the caller may not read it' })
  @RequirePermission('ballot.read')
  async ballot(@Args('id', { type: () => ID }) id: string, @Context() context: RequestContext): Promise<Ballot | null> {
    return this.reader.find(await this.actors.of(context), id);
  }

  @Query(() => [Ballot], { description: 'The ballots of a body, newest first' })
  @RequirePermission('ballot.read')
  async ballots(@Args('bodyId', { type: () => ID }) bodyId: string, @Context() context: RequestContext): Promise<Ballot[]> {
    return this.reader.ofBody(await this.actors.of(context), bodyId);
  }

  @Mutation(() => Ballot, { description: 'A DRAFT ballot of a body; impossible rules (quorum over 100 % …) are BAD_USER_INPUT per field' })
  @RequirePermission('ballot.manage')
  async createBallot(@Args('input', ValidInput) input: CreateBallotInput, @Context() context: RequestContext): Promise<Ballot> {
    return this.ballotService.createBallot(await this.caller(context), input);
  }

  @Mutation(() => Ballot, { description: 'Changes a DRAFT; a stale version is CONFLICT' })
  @RequirePermission('ballot.manage')
  async updateBallot(@Args('input', ValidInput) input: UpdateBallotInput, @Context() context: RequestContext): Promise<Ballot> {
    return this.ballotService.updateBallot(await this.caller(context), input);
  }

  @Mutation(() => Ballot, { description: 'DRAFT → OPEN; fixes the eligible voters and their weights' })
  @RequirePermission('ballot.manage')
  async openBallot(@Args('id', { type: () => ID }) id: string, @Context() context: RequestContext): Promise<Ballot> {
    return this.ballotService.openBallot(await this.caller(context), id);
  }

  @Mutation(() => Ballot, { description: 'OPEN → CLOSED; counts, freezes the result with its checksum; never reopened' })
  @RequirePermission('ballot.manage')
  async closeBallot(@Args('id', { type: () => ID }) id: string, @Context() context: RequestContext): Promise<Ballot> {
    return this.ballotService.closeBallot(await this.caller(context), id);
  }

  @Mutation(() => Ballot, { description: 'DRAFT or OPEN → CANCELLED' })
  @RequirePermission('ballot.manage')
  async cancelBallot(@Args('id', { type: () => ID }) id: string, @Context() context: RequestContext): Promise<Ballot> {
    return this.ballotService.cancelBallot(await this.caller(context), id);
  }

  @Mutation(() => Ballot, {
    description:
      'Casts a vote (YES, NO, ABSTAIN or a named option); BAD_USER_INPUT with extensions.reason WRONG_STATE, UNKNOWN_OPTION, ALREADY_VOTED, DELEGATED or DISSENT_NOT_ALLOWED; FORBIDDEN when not eligible',
  })
  @RequirePermission('ballot.vote')
  @AuditedInService() // the choice never goes into the log with the voter; the service logs that a vote was cast
  async castVote(@Args('input', ValidInput) input: CastVoteInput, @Context() context: RequestContext): Promise<Ballot> {
    return this.voting.castVote(await this.caller(context), input);
  }

  @Mutation(() => DelegationModel, { description: 'Hands the caller’s vote to another eligible member; no chains, no self-delegation, at most maxDelegations per delegate' })
  @RequirePermission('ballot.vote')
  async delegateVote(@Args('input', ValidInput) input: DelegateVoteInput, @Context() context: RequestContext): Promise<DelegationModel> {
    return this.reader.delegation(await this.voting.delegateVote(await this.caller(context), input));
  }

  @Mutation(() => DelegationModel, { description: 'The delegator takes the vote back while the delegate has not cast it' })
  @RequirePermission('ballot.vote')
  async revokeDelegation(@Args('id', { type: () => ID }) id: string, @Context() context: RequestContext): Promise<DelegationModel> {
    return this.reader.delegation(await this.voting.revokeDelegation(await this.caller(context), id));
  }

  @Subscription(() => BallotEvent, {
    description:
      "A body's ballots (or one of them): opened, the running number of votes cast, closed, cancelled, and delegations that concern the subscriber. Counts only, never interim results.",
    resolve: (event: BallotEvent) => event,
  })
  @RequirePermission('ballot.read')
  async ballotEvents(
    @Args('bodyId', { type: () => ID }) bodyId: string,
    @Args('ballotId', { type: () => ID, nullable: true }) ballotId: string | null,
    @Context() context: RequestContext,
  ): Promise<AsyncIterator<BallotEvent>> {
    const actor = await this.actors.of(context);
    await this.reader.ofBody(actor, bodyId);
    return this.events.subscribe({ bodyId, ballotId: ballotId ?? null, accountId: actor?.accountId ?? null });
  }

  @ResolveField(() => BallotResult, { nullable: true, description: 'Once CLOSED: the frozen result, checked against the stored votes on every read' })
  result(@Parent() ballot: Ballot): Promise<BallotResult | null> {
    return this.reader.result(ballot);
  }

  @ResolveField(() => [String], { description: 'What a voter may choose: the options (or YES, NO) and ABSTAIN' })
  choices(@Parent() ballot: Ballot): string[] {
    return [...(ballot.options.length > 0 ? ballot.options : ['YES', 'NO']), 'ABSTAIN'];
  }

  @ResolveField(() => Int, { description: 'Voters who have taken part so far' })
  votesCast(@Parent() ballot: Ballot, @Context() context: RequestContext): Promise<number> {
    return this.reader.loadersFor(context.req).votesCast.load(ballot.id);
  }

  @ResolveField(() => Int, { description: 'The size of the eligibility snapshot; 0 before opening' })
  eligibleCount(@Parent() ballot: Ballot, @Context() context: RequestContext): Promise<number> {
    return this.reader.loadersFor(context.req).eligibleVoters.load(ballot.id);
  }

  @ResolveField(() => [BallotVoterModel], { description: 'The eligible voters and weights fixed at opening, each with whether they took part' })
  eligibleVoters(@Parent() ballot: Ballot): Promise<BallotVoterModel[]> {
    return this.reader.eligibleVoters(ballot);
  }

  @ResolveField(() => [VoteModel], { description: 'Who voted what: open ballots once CLOSED; always empty for a secret ballot' })
  votes(@Parent() ballot: Ballot): Promise<VoteModel[]> {
    return this.reader.votes(ballot);
  }

  @ResolveField(() => [ViewerVoter], { description: 'The votes the viewer casts here: their own or their organisation’s, and those delegated to them' })
  async viewerVoters(@Parent() ballot: Ballot, @Context() context: RequestContext): Promise<ViewerVoter[]> {
    return this.reader.viewerVoters(await this.actors.of(context), ballot);
  }

  @ResolveField(() => [DelegationModel], { description: 'Delegations in force for this ballot (its own and its meeting’s)' })
  delegations(@Parent() ballot: Ballot): Promise<DelegationModel[]> {
    return this.reader.delegations(ballot);
  }

  @ResolveField(() => Boolean, { description: 'Whether the viewer may open, close or cancel this ballot' })
  async viewerMayManage(@Parent() ballot: Ballot, @Context() context: RequestContext): Promise<boolean> {
    return this.reader.mayManage(await this.actors.of(context), ballot);
  }

  @ResolveField(() => Date)
  createdAt(@Parent() ballot: Ballot): Date {
    return ballot.createdAt;
  }

  private async caller(context: RequestContext): Promise<Caller> {
    return { actor: await this.actors.of(context), req: context.req };
  }
}

@Resolver(() => Camp)
export class CampResolver {
  constructor(
    private readonly campService: CampService,
    private readonly actors: ActorService,
  ) {}

  @Query(() => [Camp], { description: 'The camps of organisations of an alliance, in order' })
  @RequirePermission('alliance.read')
  async camps(@Args('allianceId', { type: () => ID }) allianceId: string, @Context() context: RequestContext): Promise<Camp[]> {
    return this.campService.camps(await this.actors.of(context), allianceId);
  }

  @Mutation(() => Camp, { description: 'Creates a camp or replaces its name and organisations (alliance secretariat)' })
  @RequirePermission('alliance.administer')
  async saveCamp(@Args('input', ValidInput) input: SaveCampInput, @Context() context: RequestContext): Promise<Camp> {
    return this.campService.save({ actor: await this.actors.of(context), req: context.req }, input);
  }

  @Mutation(() => Camp, { description: 'Removes a camp; its organisations are in no camp afterwards' })
  @RequirePermission('alliance.administer')
  async deleteCamp(@Args('id', { type: () => ID }) id: string, @Context() context: RequestContext): Promise<Camp> {
    return this.campService.delete({ actor: await this.actors.of(context), req: context.req }, id);
  }

  @ResolveField(() => [Organisation])
  organisations(@Parent() camp: Camp): Promise<Organisation[]> {
    return this.campService.organisations(camp);
  }
}
