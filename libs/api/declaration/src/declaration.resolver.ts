import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ActorService, type Caller, NotFoundError, RequirePermission, type RequestContext, ValidInput } from '@pakt/api-access';
import { Body, Organisation, Person } from '@pakt/api-alliance';
import { Ballot } from '@pakt/api-decisions';
import { DiffSegment } from '@pakt/api-recommendation';
import { holds, wordDiff } from '@pakt/domain';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AmendmentService } from './amendment.service';
import { DeclarationAccess, scopeOf } from './declaration-access';
import { DeclarationBallots } from './declaration-ballots.service';
import { DeclarationService } from './declaration.service';
import { EndorsementService } from './endorsement.service';
import { Amendment, AmendmentComment, Declaration, DeclarationRevision, Endorsement } from './entities';
import { exportPath } from './export/export-paths';
import {
  AmendmentCommentInput,
  AmendmentStepInput,
  CreateDeclarationInput,
  DeclarationBallotInput,
  DeclarationStepInput,
  EndorseDeclarationInput,
  ProposeAmendmentInput,
  ReviseAmendmentInput,
  SaveDeclarationDraftInput,
  SetDraftingTeamInput,
  TakeOverAmendmentInput,
} from './inputs';
import { DeclarationLoaderRegistry } from './loaders';
import { AmendmentConflict, DeclarationSectionModel } from './models';

// Thin resolvers: arguments and the request's actor in, service calls out. Which alliance and body
// the caller may act in is decided by the services once the declaration is loaded.

async function callerOf(actors: ActorService, context: RequestContext): Promise<Caller> {
  return { actor: await actors.of(context), req: context.req };
}

@Resolver(() => Declaration)
export class DeclarationResolver {
  constructor(
    private readonly declarationService: DeclarationService,
    private readonly amendmentService: AmendmentService,
    private readonly endorsementService: EndorsementService,
    private readonly access: DeclarationAccess,
    private readonly ballots: DeclarationBallots,
    private readonly actors: ActorService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Query(() => Declaration, { nullable: true, description: 'The declaration, or null when there is none or the caller may not read it' })
  @RequirePermission('alliance.read')
  async declaration(@Args('id', { type: () => ID }) id: string, @Context() context: RequestContext): Promise<Declaration | null> {
    return this.declarationService.find(id, await this.actors.of(context));
  }

  @Query(() => [Declaration], { description: "The alliance's declarations the caller may read, newest first" })
  @RequirePermission('alliance.read')
  async declarations(@Args('allianceId', { type: () => ID }) allianceId: string, @Context() context: RequestContext): Promise<Declaration[]> {
    return this.declarationService.list(allianceId, await this.actors.of(context));
  }

  @Query(() => [DiffSegment], { description: 'Two revisions as one word diff of the whole text; a revision that does not exist: BAD_USER_INPUT on from/to' })
  @RequirePermission('alliance.read')
  async compareDeclarationRevisions(
    @Args('id', { type: () => ID }) id: string,
    @Args('from', { type: () => Int }) from: number,
    @Args('to', { type: () => Int }) to: number,
    @Context() context: RequestContext,
  ): Promise<DiffSegment[]> {
    const declaration = await this.declarationService.find(id, await this.actors.of(context));
    if (!declaration) throw new NotFoundError();
    return this.declarationService.compare(declaration, from, to);
  }

  @Query(() => [Endorsement], { description: "Adopted declarations awaiting the answer of an organisation the caller represents (the in-app reminder)" })
  @RequirePermission('alliance.read')
  async endorsementRequests(@Args('allianceId', { type: () => ID }) allianceId: string, @Context() context: RequestContext): Promise<Endorsement[]> {
    return this.endorsementService.requests(allianceId, await this.actors.of(context));
  }

  @Mutation(() => Declaration, { description: 'A new declaration of the body, in DRAFTING, with an empty text' })
  @RequirePermission('declaration.steer')
  async createDeclaration(@Args('input', ValidInput) input: CreateDeclarationInput, @Context() context: RequestContext): Promise<Declaration> {
    return this.declarationService.create(input, await callerOf(this.actors, context));
  }

  @Mutation(() => Declaration, { description: 'Names the members of the body who draft with the secretariat; replaces the list' })
  @RequirePermission('declaration.steer')
  async setDeclarationDraftingTeam(@Args('input', ValidInput) input: SetDraftingTeamInput, @Context() context: RequestContext): Promise<Declaration> {
    return this.declarationService.setDraftingTeam(input, await callerOf(this.actors, context));
  }

  @Mutation(() => Declaration, { description: 'A save of the drafting team (DRAFTING only): a new revision. Stale: CONFLICT with extensions.current' })
  @RequirePermission('declaration.draft')
  async saveDeclarationDraft(@Args('input', ValidInput) input: SaveDeclarationDraftInput, @Context() context: RequestContext): Promise<Declaration> {
    return this.declarationService.saveDraft(input, await callerOf(this.actors, context));
  }

  @Mutation(() => Declaration, {
    description: 'DRAFTING → AMENDMENTS → DECIDING → FINAL_VOTE (every amendment decided; those awaiting a new version lapse). ADOPTED only by the final ballot',
  })
  @RequirePermission('declaration.steer')
  async advanceDeclaration(@Args('input', ValidInput) input: DeclarationStepInput, @Context() context: RequestContext): Promise<Declaration> {
    return this.declarationService.advance(input, await callerOf(this.actors, context));
  }

  @Mutation(() => [Endorsement], { description: 'Mails the representatives of every organisation that has not answered; returns the endorsements reminded' })
  @RequirePermission('declaration.steer')
  async remindEndorsers(@Args('declarationId', { type: () => ID }) declarationId: string, @Context() context: RequestContext): Promise<Endorsement[]> {
    return this.endorsementService.remind(declarationId, await callerOf(this.actors, context));
  }

  @Mutation(() => Endorsement, { description: "A representative's answer for their organisation; someone else: FORBIDDEN" })
  @RequirePermission('alliance.read')
  async endorseDeclaration(@Args('input', ValidInput) input: EndorseDeclarationInput, @Context() context: RequestContext): Promise<Endorsement> {
    return this.endorsementService.endorse(input, await callerOf(this.actors, context));
  }

  @Mutation(() => Ballot, {
    description: 'FINAL_VOTE: opens the ballot on the consolidated text; when the engine closes it accepted, the text is ADOPTED with its date and result',
  })
  @RequirePermission('declaration.steer')
  async startFinalVote(@Args('input', ValidInput) input: DeclarationBallotInput, @Context() context: RequestContext): Promise<Ballot> {
    return this.ballots.startFinalVote(input, await callerOf(this.actors, context));
  }

  @ResolveField(() => [Ballot], { description: 'The ballots on the final text, newest first' })
  finalBallots(@Parent() declaration: Declaration): Promise<Ballot[]> {
    return this.ballots.finalBallots(declaration);
  }

  @ResolveField(() => Body)
  async body(@Parent() declaration: Declaration): Promise<Body> {
    return this.dataSource.manager.findOneByOrFail(Body, { id: declaration.bodyId });
  }

  @ResolveField(() => String)
  preamble(@Parent() declaration: Declaration): string {
    return declaration.content.preamble;
  }

  @ResolveField(() => [DeclarationSectionModel], { description: 'The current text; after adoption the adopted one' })
  sections(@Parent() declaration: Declaration): DeclarationSectionModel[] {
    return declaration.content.sections;
  }

  @ResolveField(() => [Person], { description: 'The members named to the drafting team (the secretariat drafts by its role)' })
  draftingTeam(@Parent() declaration: Declaration): Promise<Person[]> {
    return this.declarationService.draftingTeam(declaration);
  }

  @ResolveField(() => [DeclarationRevision], { description: 'Newest first: every save of the drafting team and every merged amendment' })
  revisions(@Parent() declaration: Declaration): Promise<DeclarationRevision[]> {
    return this.declarationService.revisions(declaration);
  }

  @ResolveField(() => [Amendment], { description: 'By number' })
  amendments(@Parent() declaration: Declaration): Promise<Amendment[]> {
    return this.amendmentService.ofDeclaration(declaration);
  }

  @ResolveField(() => [AmendmentConflict], { description: 'Pairs of open amendments that change the same words, found before any is decided' })
  conflicts(@Parent() declaration: Declaration): Promise<AmendmentConflict[]> {
    return this.amendmentService.conflicts(declaration);
  }

  @ResolveField(() => [Endorsement], { description: "The partner organisations' answers, by name; empty before adoption" })
  endorsements(@Parent() declaration: Declaration): Promise<Endorsement[]> {
    return this.endorsementService.ofDeclaration(declaration);
  }

  @ResolveField(() => ID, { nullable: true, description: 'The final ballot that adopted the text (or failed to)' })
  finalBallotId(@Parent() declaration: Declaration): string | null {
    return declaration.finalVote?.ballotId ?? null;
  }

  @ResolveField(() => String, { nullable: true, description: "The final ballot's result in words" })
  finalVoteResult(@Parent() declaration: Declaration): string | null {
    return declaration.finalVote?.reason ?? null;
  }

  @ResolveField(() => Boolean, { description: 'Whether the viewer moves the declaration on, names the drafting team, calls ballots and reminds partners' })
  async viewerMaySteer(@Parent() declaration: Declaration, @Context() context: RequestContext): Promise<boolean> {
    const actor = await this.actors.of(context);
    return actor !== null && holds(actor.grants, 'declaration.steer', scopeOf(declaration));
  }

  @ResolveField(() => Boolean, { description: 'Whether the viewer belongs to the drafting team (edits while DRAFTING, takes amendments over)' })
  async viewerIsDrafter(@Parent() declaration: Declaration, @Context() context: RequestContext): Promise<boolean> {
    return this.access.isDrafter(this.dataSource.manager, declaration, await this.actors.of(context));
  }

  @ResolveField(() => Boolean, { description: 'Whether the viewer may propose, support and discuss amendments (in the AMENDMENTS phase)' })
  async viewerMayAmend(@Parent() declaration: Declaration, @Context() context: RequestContext): Promise<boolean> {
    const actor = await this.actors.of(context);
    return actor !== null && holds(actor.grants, 'declaration.amend', scopeOf(declaration));
  }

  @ResolveField(() => [Organisation], { description: 'The organisations the viewer represents and may answer for, once adopted' })
  async viewerRepresents(@Parent() declaration: Declaration, @Context() context: RequestContext): Promise<Organisation[]> {
    return this.endorsementService.representedBy(declaration, await this.actors.of(context));
  }

  @ResolveField(() => String, { nullable: true, description: 'The adopted declaration with its endorsements as PDF (?lang=en for English); null before adoption' })
  pdfUrl(@Parent() declaration: Declaration): string | null {
    return declaration.phase === 'ADOPTED' ? exportPath(declaration.id, 'pdf') : null;
  }

  @ResolveField(() => String, { nullable: true, description: 'The same as DOCX; null before adoption' })
  docxUrl(@Parent() declaration: Declaration): string | null {
    return declaration.phase === 'ADOPTED' ? exportPath(declaration.id, 'docx') : null;
  }

  @ResolveField(() => String, { description: 'The synopsis as PDF: paragraph by paragraph the draft, the amendments and the decision on each' })
  synopsisPdfUrl(@Parent() declaration: Declaration): string {
    return exportPath(declaration.id, 'pdf', 'synopsis');
  }

  @ResolveField(() => String, { description: 'The synopsis as DOCX' })
  synopsisDocxUrl(@Parent() declaration: Declaration): string {
    return exportPath(declaration.id, 'docx', 'synopsis');
  }
}

@Resolver(() => Amendment)
export class AmendmentResolver {
  constructor(
    private readonly amendments: AmendmentService,
    private readonly ballots: DeclarationBallots,
    private readonly actors: ActorService,
    private readonly loaders: DeclarationLoaderRegistry,
  ) {}

  @Query(() => Amendment, { nullable: true })
  @RequirePermission('alliance.read')
  async amendment(@Args('id', { type: () => ID }) id: string, @Context() context: RequestContext): Promise<Amendment | null> {
    return this.amendments.find(id, await this.actors.of(context));
  }

  @Mutation(() => Amendment, {
    description: 'Only in AMENDMENTS. Bad input (paragraph gone, empty or unchanged text, wrong phase): BAD_USER_INPUT naming the field',
  })
  @RequirePermission('declaration.amend')
  async proposeAmendment(@Args('input', ValidInput) input: ProposeAmendmentInput, @Context() context: RequestContext): Promise<Amendment> {
    return this.amendments.propose(input, await callerOf(this.actors, context));
  }

  @Mutation(() => Amendment, { description: 'Its author writes a new version against the current wording; back to PROPOSED' })
  @RequirePermission('declaration.amend')
  async reviseAmendment(@Args('input', ValidInput) input: ReviseAmendmentInput, @Context() context: RequestContext): Promise<Amendment> {
    return this.amendments.revise(input, await callerOf(this.actors, context));
  }

  @Mutation(() => Amendment, { description: 'Its author withdraws it while it waits for a decision' })
  @RequirePermission('declaration.amend')
  async withdrawAmendment(@Args('input', ValidInput) input: AmendmentStepInput, @Context() context: RequestContext): Promise<Amendment> {
    return this.amendments.withdraw(input, await callerOf(this.actors, context));
  }

  @Mutation(() => Amendment, { description: "Declares (supported: true) or takes back the caller's support" })
  @RequirePermission('declaration.amend')
  async supportAmendment(
    @Args('id', { type: () => ID }) id: string,
    @Args('supported', { type: () => Boolean }) supported: boolean,
    @Context() context: RequestContext,
  ): Promise<Amendment> {
    return this.amendments.support(id, supported, await callerOf(this.actors, context));
  }

  @Mutation(() => AmendmentComment)
  @RequirePermission('declaration.amend')
  async commentOnAmendment(@Args('input', ValidInput) input: AmendmentCommentInput, @Context() context: RequestContext): Promise<AmendmentComment> {
    return this.amendments.comment(input, await callerOf(this.actors, context));
  }

  @Mutation(() => Amendment, { description: 'The drafting team takes it over, as it is or in a modified wording: accepted and merged at once' })
  @RequirePermission('declaration.draft')
  async takeOverAmendment(@Args('input', ValidInput) input: TakeOverAmendmentInput, @Context() context: RequestContext): Promise<Amendment> {
    return this.amendments.takeOver(input, await callerOf(this.actors, context));
  }

  @Mutation(() => Amendment, {
    description: 'DECIDING: opens a ballot on the amendment (IN_BALLOT); when the engine closes it, the amendment is merged or rejected',
  })
  @RequirePermission('declaration.steer')
  async putAmendmentToBallot(@Args('input', ValidInput) input: DeclarationBallotInput, @Context() context: RequestContext): Promise<Amendment> {
    return this.ballots.putAmendmentToBallot(input, await callerOf(this.actors, context));
  }

  @ResolveField(() => Ballot, { nullable: true, description: 'The ballot that decides or decided it' })
  ballot(@Parent() amendment: Amendment): Promise<Ballot | null> {
    return this.ballots.ballotOf(amendment);
  }

  @ResolveField(() => Person)
  async author(@Parent() amendment: Amendment, @Context() context: object): Promise<Person> {
    const person = await this.loaders.for(context).person.load(amendment.authorPersonId);
    if (!person) throw new Error(`Author ${amendment.authorPersonId} of an amendment is gone`);
    return person;
  }

  @ResolveField(() => [DiffSegment], { description: 'The change against the wording it is written against, word by word' })
  diff(@Parent() amendment: Amendment): DiffSegment[] {
    return wordDiff(amendment.baseText, amendment.text);
  }

  @ResolveField(() => [DiffSegment], { nullable: true, description: "The drafting team's modification of the proposed wording, when they modified it" })
  takenOverDiff(@Parent() amendment: Amendment): DiffSegment[] | null {
    return amendment.takenOverText === null ? null : wordDiff(amendment.text, amendment.takenOverText);
  }

  @ResolveField(() => Int)
  async supportCount(@Parent() amendment: Amendment, @Context() context: object): Promise<number> {
    return (await this.loaders.for(context).supporters.load(amendment.id)).length;
  }

  @ResolveField(() => Boolean)
  async viewerSupports(@Parent() amendment: Amendment, @Context() context: RequestContext): Promise<boolean> {
    const actor = await this.actors.of(context);
    if (actor === null) return false;
    const supporters = await this.loaders.for(context).supporters.load(amendment.id);
    return this.amendments.isViewerAmong(amendment, actor, supporters);
  }

  @ResolveField(() => Boolean, { description: 'Whether the viewer wrote it' })
  async viewerIsAuthor(@Parent() amendment: Amendment, @Context() context: RequestContext): Promise<boolean> {
    const actor = await this.actors.of(context);
    return actor !== null && this.amendments.isViewerAmong(amendment, actor, [amendment.authorPersonId]);
  }

  @ResolveField(() => [AmendmentComment], { description: 'Oldest first' })
  comments(@Parent() amendment: Amendment, @Context() context: object): Promise<AmendmentComment[]> {
    return this.loaders.for(context).comments.load(amendment.id);
  }

  @ResolveField(() => [Amendment], { description: 'Other open amendments that change the same words' })
  overlapsWith(@Parent() amendment: Amendment): Promise<Amendment[]> {
    return this.amendments.overlapping(amendment);
  }
}

@Resolver(() => AmendmentComment)
export class AmendmentCommentResolver {
  constructor(private readonly loaders: DeclarationLoaderRegistry) {}

  @ResolveField(() => Person)
  async author(@Parent() comment: AmendmentComment, @Context() context: object): Promise<Person> {
    const person = await this.loaders.for(context).person.load(comment.authorPersonId);
    if (!person) throw new Error(`Author ${comment.authorPersonId} of a comment is gone`);
    return person;
  }
}

@Resolver(() => Endorsement)
export class EndorsementResolver {
  constructor(
    private readonly loaders: DeclarationLoaderRegistry,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @ResolveField(() => Organisation)
  async organisation(@Parent() endorsement: Endorsement, @Context() context: object): Promise<Organisation> {
    const organisation = endorsement.organisation ?? (await this.loaders.for(context).organisation.load(endorsement.organisationId));
    if (!organisation) throw new Error(`Organisation ${endorsement.organisationId} of an endorsement is gone`);
    return organisation;
  }

  @ResolveField(() => Person, { nullable: true, description: 'The representative who answered' })
  answeredBy(@Parent() endorsement: Endorsement, @Context() context: object): Promise<Person | null> {
    return endorsement.answeredByPersonId === null ? Promise.resolve(null) : this.loaders.for(context).person.load(endorsement.answeredByPersonId);
  }

  @ResolveField(() => Declaration)
  async declaration(@Parent() endorsement: Endorsement): Promise<Declaration> {
    return endorsement.declaration ?? this.dataSource.manager.findOneByOrFail(Declaration, { id: endorsement.declarationId });
  }
}
