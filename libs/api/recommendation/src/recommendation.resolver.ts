import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ActorService, type Caller, RequirePermission, type RequestContext, ValidInput } from '@pakt/api-access';
import { ActionField, Body, Organisation, Person } from '@pakt/api-alliance';
import { DEFAULT_PAGE_SIZE, type Page } from '@pakt/api-database';
import { Indicator } from '@pakt/api-indicator';
import {
  availableRecommendationActions,
  mayDiscussRecommendation,
  mayEditRecommendation,
  type RecommendationAction,
} from '@pakt/domain';
import { factsOf } from './access';
import { RecommendationDiscussionService } from './discussion.service';
import { RecommendationEditingService } from './editing.service';
import { Recommendation, RecommendationComment, RecommendationRevision, RecommendationTransition } from './entities';
import { RecommendationActionEnum } from './graphql-enums';
import {
  AddRecommendationCommentInput,
  CompareRevisionsArgs,
  CreateRecommendationInput,
  EditRecommendationCommentInput,
  PageArgs,
  RecommendationsArgs,
  ResolveRecommendationThreadInput,
  SetRecommendationSupportInput,
  TransitionRecommendationInput,
  UpdateRecommendationInput,
} from './inputs';
import { RecommendationLoaderRegistry } from './loaders';
import { FieldDiff, RecommendationCommentConnection, RecommendationConnection, RecommendationRevisionConnection } from './models';
import { type FieldDiffResult, RecommendationService } from './recommendation.service';

// Thin: arguments and the caller in, service calls out. Which alliance and focus group the caller
// may act in is decided by the services once the object is loaded; relation fields go through
// the request's DataLoaders, so a page of recommendations costs one statement per relation.

/** The row behind a relation field; the foreign key guarantees it, a miss means it was deleted during this request. */
function present<T>(row: T | null, what: string): T {
  if (row === null) throw new Error(`${what} is gone`);
  return row;
}

@Resolver(() => Recommendation)
export class RecommendationResolver {
  constructor(
    private readonly reading: RecommendationService,
    private readonly editing: RecommendationEditingService,
    private readonly discussion: RecommendationDiscussionService,
    private readonly loaders: RecommendationLoaderRegistry,
    private readonly actors: ActorService,
  ) {}

  @Query(() => Recommendation, { nullable: true, description: 'The recommendation, or null when there is none or the caller may not read it' })
  @RequirePermission('alliance.read')
  async recommendation(@Args('id', { type: () => ID }) id: string, @Context() context: RequestContext): Promise<Recommendation | null> {
    return this.reading.find(id, await this.actors.of(context));
  }

  @Query(() => RecommendationConnection, { description: 'What the viewer may read, newest change first; filters combine' })
  @RequirePermission('alliance.read')
  async recommendations(@Args(ValidInput) args: RecommendationsArgs, @Context() context: RequestContext): Promise<Page<Recommendation>> {
    return this.reading.page(args, await this.actors.of(context));
  }

  @Query(() => [Recommendation], { description: 'SUBMITTED recommendations of the groups the viewer chairs or deputises, longest waiting first' })
  @RequirePermission('recommendation.review')
  async reviewQueue(@Args('allianceId', { type: () => ID }) allianceId: string, @Context() context: RequestContext): Promise<Recommendation[]> {
    return this.reading.reviewQueue(allianceId, await this.actors.of(context));
  }

  @Mutation(() => Recommendation, { description: 'A new DRAFT in a focus group; the caller becomes its first author' })
  @RequirePermission('recommendation.draft')
  async createRecommendation(
    @Args('input', ValidInput) input: CreateRecommendationInput,
    @Context() context: RequestContext,
  ): Promise<Recommendation> {
    return this.editing.create(input, await this.caller(context));
  }

  @Mutation(() => Recommendation, { description: 'Saves a new revision (DRAFT and RETURNED only); the caller joins the authors' })
  @RequirePermission('recommendation.draft')
  async updateRecommendation(
    @Args('input', ValidInput) input: UpdateRecommendationInput,
    @Context() context: RequestContext,
  ): Promise<Recommendation> {
    return this.editing.update(input, await this.caller(context));
  }

  @Mutation(() => Recommendation, {
    description: 'A workflow step: SUBMIT and WITHDRAW by the group’s members, RETURN, APPROVE and REJECT by its chair or deputy; never ADOPT',
  })
  // Every step needs at least drafting rights in the group (reviewers hold them too); the service checks each action's own.
  @RequirePermission('recommendation.draft')
  async transitionRecommendation(
    @Args('input', ValidInput) input: TransitionRecommendationInput,
    @Context() context: RequestContext,
  ): Promise<Recommendation> {
    return this.editing.transition(input, await this.caller(context));
  }

  @Mutation(() => RecommendationComment, { description: 'A new thread, or a reply to one' })
  @RequirePermission('recommendation.discuss')
  async addRecommendationComment(
    @Args('input', ValidInput) input: AddRecommendationCommentInput,
    @Context() context: RequestContext,
  ): Promise<RecommendationComment> {
    return this.discussion.addComment(input, await this.caller(context));
  }

  @Mutation(() => RecommendationComment, { description: 'Changes the text of one’s own comment' })
  @RequirePermission('recommendation.discuss')
  async editRecommendationComment(
    @Args('input', ValidInput) input: EditRecommendationCommentInput,
    @Context() context: RequestContext,
  ): Promise<RecommendationComment> {
    return this.discussion.editComment(input, await this.caller(context));
  }

  @Mutation(() => RecommendationComment, { description: 'Marks a thread resolved, or open again' })
  @RequirePermission('recommendation.discuss')
  async resolveRecommendationThread(
    @Args('input', ValidInput) input: ResolveRecommendationThreadInput,
    @Context() context: RequestContext,
  ): Promise<RecommendationComment> {
    return this.discussion.resolveThread(input, await this.caller(context));
  }

  @Mutation(() => Recommendation, { description: 'Declares or withdraws the caller’s support' })
  @RequirePermission('recommendation.discuss')
  async setRecommendationSupport(
    @Args('input', ValidInput) input: SetRecommendationSupportInput,
    @Context() context: RequestContext,
  ): Promise<Recommendation> {
    return this.discussion.setSupport(input, await this.caller(context));
  }

  @ResolveField(() => Body)
  async focusGroup(@Parent() recommendation: Recommendation, @Context() context: object): Promise<Body> {
    return present(await this.loaders.for(context).body.load(recommendation.focusGroupId), `Focus group of ${recommendation.id}`);
  }

  @ResolveField(() => ActionField)
  async actionField(@Parent() recommendation: Recommendation, @Context() context: object): Promise<ActionField> {
    return present(await this.loaders.for(context).actionField.load(recommendation.actionFieldId), `Action field of ${recommendation.id}`);
  }

  @ResolveField(() => [Organisation], { description: 'By name' })
  async addresseeOrganisations(@Parent() recommendation: Recommendation, @Context() context: object): Promise<Organisation[]> {
    const rows = await this.loaders.for(context).addressees.load(recommendation.id);
    return rows.flatMap((row) => row.organisation ?? []).sort((a, b) => a.name.localeCompare(b.name, 'de'));
  }

  @ResolveField(() => [Indicator], { description: 'In the order the authors cite them' })
  async citedIndicators(@Parent() recommendation: Recommendation, @Context() context: object): Promise<Indicator[]> {
    const rows = await this.loaders.for(context).indicators.load(recommendation.id);
    return rows.flatMap((row) => row.indicator ?? []);
  }

  @ResolveField(() => [Person], { description: 'Everyone who created or saved it, in the order they joined' })
  async authors(@Parent() recommendation: Recommendation, @Context() context: object): Promise<Person[]> {
    const rows = await this.loaders.for(context).authors.load(recommendation.id);
    return rows.flatMap((row) => row.person ?? []);
  }

  @ResolveField(() => RecommendationRevisionConnection, { description: 'Newest first' })
  revisions(@Parent() recommendation: Recommendation, @Args(ValidInput) args: PageArgs): Promise<Page<RecommendationRevision>> {
    return this.reading.revisions(recommendation, args);
  }

  @ResolveField(() => [FieldDiff], {
    description:
      'Word-level changes between two revision numbers, one entry per field (changed or not). addressees: the organisations by name, ' +
      'then the kinds as their enum names (e.g. CHAMBER), joined by "; "; citedIndicators: the names in cited order, joined by "; "',
  })
  compareRevisions(@Parent() recommendation: Recommendation, @Args(ValidInput) args: CompareRevisionsArgs): Promise<FieldDiffResult[]> {
    return this.reading.compare(recommendation, args.from, args.to);
  }

  @ResolveField(() => [RecommendationTransition], { description: 'The workflow history, oldest first' })
  transitions(@Parent() recommendation: Recommendation, @Context() context: object): Promise<RecommendationTransition[]> {
    return this.loaders.for(context).transitions.load(recommendation.id);
  }

  @ResolveField(() => RecommendationCommentConnection, { description: 'Threads (top-level comments), oldest first, each with its replies' })
  comments(
    @Parent() recommendation: Recommendation,
    @Args(ValidInput) args: PageArgs,
    @Context() context: object,
  ): Promise<Page<RecommendationComment>> {
    // First pages are batched across a list; later pages are asked for one recommendation at a time.
    if (!args.after) return this.loaders.for(context).firstThreads(args.first ?? DEFAULT_PAGE_SIZE).load(recommendation.id);
    return this.reading.threads(recommendation, args);
  }

  @ResolveField(() => Int, { description: 'How many people support it' })
  async supportCount(@Parent() recommendation: Recommendation, @Context() context: object): Promise<number> {
    return (await this.loaders.for(context).supporters.load(recommendation.id)).length;
  }

  @ResolveField(() => Boolean)
  async viewerSupports(@Parent() recommendation: Recommendation, @Context() context: RequestContext): Promise<boolean> {
    const person = await this.viewerPerson(recommendation.allianceId, context);
    if (person === null) return false;
    const supporters = await this.loaders.for(context).supporters.load(recommendation.id);
    return supporters.some((row) => row.personId === person.id);
  }

  @ResolveField(() => Boolean, { description: 'Whether the viewer may change the content now' })
  async viewerMayEdit(@Parent() recommendation: Recommendation, @Context() context: RequestContext): Promise<boolean> {
    const actor = await this.actors.of(context);
    return actor !== null && mayEditRecommendation(actor.grants, factsOf(recommendation));
  }

  @ResolveField(() => Boolean, { description: 'Whether the viewer may comment and declare support' })
  async viewerMayDiscuss(@Parent() recommendation: Recommendation, @Context() context: RequestContext): Promise<boolean> {
    const actor = await this.actors.of(context);
    return actor !== null && mayDiscussRecommendation(actor.grants, factsOf(recommendation));
  }

  @ResolveField(() => [RecommendationActionEnum], { description: 'The actions the viewer may take now (never ADOPT)' })
  async viewerActions(@Parent() recommendation: Recommendation, @Context() context: RequestContext): Promise<RecommendationAction[]> {
    const actor = await this.actors.of(context);
    return actor === null ? [] : availableRecommendationActions(actor.grants, factsOf(recommendation));
  }

  @ResolveField(() => Date)
  createdAt(@Parent() recommendation: Recommendation): Date {
    return recommendation.createdAt;
  }

  @ResolveField(() => Date)
  updatedAt(@Parent() recommendation: Recommendation): Date {
    return recommendation.updatedAt;
  }

  private async viewerPerson(allianceId: string, context: RequestContext): Promise<Person | null> {
    const actor = await this.actors.of(context);
    return actor === null ? null : this.loaders.for(context).personOfAccount.load(`${actor.accountId}/${allianceId}`);
  }

  private async caller(context: RequestContext): Promise<Caller> {
    return { actor: await this.actors.of(context), req: context.req };
  }
}

@Resolver(() => RecommendationComment)
export class RecommendationCommentResolver {
  constructor(
    private readonly loaders: RecommendationLoaderRegistry,
    private readonly actors: ActorService,
  ) {}

  @ResolveField(() => Person)
  async author(@Parent() comment: RecommendationComment, @Context() context: object): Promise<Person> {
    return present(await this.loaders.for(context).person.load(comment.authorPersonId), `Author of comment ${comment.id}`);
  }

  @ResolveField(() => Boolean, { description: 'Whether its text was changed after it was written' })
  edited(@Parent() comment: RecommendationComment): boolean {
    return comment.version > 1;
  }

  @ResolveField(() => Boolean, { description: 'Threads only (top-level comments)' })
  resolved(@Parent() comment: RecommendationComment): boolean {
    return comment.resolvedAt !== null;
  }

  @ResolveField(() => Person, { nullable: true })
  resolvedBy(@Parent() comment: RecommendationComment, @Context() context: object): Promise<Person | null> {
    return comment.resolvedByPersonId === null ? Promise.resolve(null) : this.loaders.for(context).person.load(comment.resolvedByPersonId);
  }

  @ResolveField(() => [RecommendationComment], { description: 'Oldest first; replies have no replies of their own' })
  replies(@Parent() comment: RecommendationComment, @Context() context: object): Promise<RecommendationComment[]> {
    return comment.parentId !== null ? Promise.resolve([]) : this.loaders.for(context).replies.load(comment.id);
  }

  @ResolveField(() => Boolean, { description: 'Whether the viewer wrote it (only authors edit their comments)' })
  async viewerMayEdit(@Parent() comment: RecommendationComment, @Context() context: RequestContext): Promise<boolean> {
    const actor = await this.actors.of(context);
    if (actor === null) return false;
    const person = await this.loaders.for(context).personOfAccount.load(`${actor.accountId}/${comment.allianceId}`);
    return person !== null && person.id === comment.authorPersonId;
  }
}

@Resolver(() => RecommendationRevision)
export class RecommendationRevisionResolver {
  constructor(private readonly loaders: RecommendationLoaderRegistry) {}

  @ResolveField(() => Person, { nullable: true, description: 'Who saved it' })
  author(@Parent() revision: RecommendationRevision, @Context() context: object): Promise<Person | null> {
    return revision.authorPersonId === null ? Promise.resolve(null) : this.loaders.for(context).person.load(revision.authorPersonId);
  }
}

@Resolver(() => RecommendationTransition)
export class RecommendationTransitionResolver {
  constructor(private readonly loaders: RecommendationLoaderRegistry) {}

  @ResolveField(() => Person, { nullable: true, description: 'Null when the system acted (ADOPT on plan approval)' })
  actor(@Parent() transition: RecommendationTransition, @Context() context: object): Promise<Person | null> {
    return transition.actorPersonId === null ? Promise.resolve(null) : this.loaders.for(context).person.load(transition.actorPersonId);
  }
}
