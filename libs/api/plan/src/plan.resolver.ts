import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ActorService, type Caller, RequirePermission, type RequestContext, ValidInput } from '@pakt/api-access';
import { Alliance, Person } from '@pakt/api-alliance';
import { Indicator } from '@pakt/api-indicator';
import { PublishedInitiative } from '@pakt/api-initiative';
import { Recommendation } from '@pakt/api-recommendation';
import { AlliancePlan, PlanVersion } from './entities';
import { PlanVersionStepInput, StartPlanVersionInput, UpdatePlanVersionInput } from './inputs';
import { PlanLoaderRegistry } from './loaders';
import { PlanActionFieldSection, PlanRecommendation, PlanSignOff, PlanVersionComparison } from './plan.models';
import { PlanReaderService } from './plan-reader.service';
import { PlanService } from './plan.service';
import { exportPath } from './export/export-paths';

// Thin resolvers: arguments and the request's actor in, service calls out. Which alliance and
// which steering board the caller may act in is decided by the services once the object is loaded.

@Resolver(() => PlanVersion)
export class PlanVersionResolver {
  constructor(
    private readonly plans: PlanService,
    private readonly reader: PlanReaderService,
    private readonly loaders: PlanLoaderRegistry,
    private readonly actors: ActorService,
  ) {}

  @Query(() => PlanVersion, { nullable: true, description: 'The version, or null when there is none or the caller may not read it' })
  @RequirePermission('alliance.read')
  async planVersion(@Args('id', { type: () => ID }) id: string, @Context() context: RequestContext): Promise<PlanVersion | null> {
    return this.reader.find(id, await this.actors.of(context), this.loaders.for(context));
  }

  @Query(() => PlanVersionComparison, { description: 'Word diffs of the texts, added and removed recommendations and indicators' })
  @RequirePermission('alliance.read')
  async comparePlanVersions(
    @Args('fromId', { type: () => ID }) fromId: string,
    @Args('toId', { type: () => ID }) toId: string,
    @Context() context: RequestContext,
  ): Promise<PlanVersionComparison> {
    return this.reader.compare(fromId, toId, await this.actors.of(context), this.loaders.for(context));
  }

  @Query(() => [Recommendation], { description: 'APPROVED and ADOPTED recommendations of the alliance, by action field then title' })
  @RequirePermission('plan.assemble')
  async planCandidates(@Args('allianceId', { type: () => ID }) allianceId: string, @Context() context: RequestContext): Promise<Recommendation[]> {
    return this.reader.candidates(allianceId, await this.actors.of(context), this.loaders.for(context));
  }

  @Mutation(() => PlanVersion, {
    description: "Creates the plan when needed; copies the latest version's content into a new DRAFT. Refused (BAD_USER_INPUT) while an unapproved version exists.",
  })
  @RequirePermission('plan.assemble')
  async startPlanVersion(@Args('input', ValidInput) input: StartPlanVersionInput, @Context() context: RequestContext): Promise<PlanVersion> {
    return this.plans.start(input, await this.caller(context));
  }

  @Mutation(() => PlanVersion, { description: 'Changes a DRAFT; a stale version is CONFLICT with extensions.currentVersion' })
  @RequirePermission('plan.assemble')
  async updatePlanVersion(@Args('input', ValidInput) input: UpdatePlanVersionInput, @Context() context: RequestContext): Promise<PlanVersion> {
    return this.plans.update(input, await this.caller(context));
  }

  @Mutation(() => PlanVersion, { description: 'DRAFT → SUBMITTED; needs a situation assessment and at least one recommendation' })
  @RequirePermission('plan.assemble')
  async submitPlanVersion(@Args('input', ValidInput) input: PlanVersionStepInput, @Context() context: RequestContext): Promise<PlanVersion> {
    return this.plans.submit(input, await this.caller(context));
  }

  @Mutation(() => PlanVersion, { description: 'SUBMITTED → DRAFT; the sign-offs given so far are removed' })
  @RequirePermission('plan.assemble')
  async reopenPlanVersion(@Args('input', ValidInput) input: PlanVersionStepInput, @Context() context: RequestContext): Promise<PlanVersion> {
    return this.plans.reopen(input, await this.caller(context));
  }

  @Mutation(() => PlanVersion, {
    description: "The caller signs in their steering-board role (CHAIR or DEPUTY_CHAIR); the second signature approves, freezes and publishes the version and adopts its recommendations",
  })
  @RequirePermission('plan.sign')
  async signOffPlanVersion(@Args('input', ValidInput) input: PlanVersionStepInput, @Context() context: RequestContext): Promise<PlanVersion> {
    return this.plans.signOff(input, await this.caller(context));
  }

  @ResolveField(() => [Indicator], { description: 'In order; after approval the frozen snapshot' })
  indicators(@Parent() version: PlanVersion, @Context() context: object): Promise<Indicator[]> {
    return this.reader.indicators(version, this.loaders.for(context));
  }

  @ResolveField(() => [PlanRecommendation], { description: 'In order, each with its position' })
  recommendations(@Parent() version: PlanVersion, @Context() context: object): Promise<PlanRecommendation[]> {
    return this.reader.recommendations(version, this.loaders.for(context));
  }

  @ResolveField(() => [PlanActionFieldSection], {
    description: "The recommendations grouped by action field, in the alliance's action-field order, each group in position order",
  })
  sections(@Parent() version: PlanVersion, @Context() context: object): Promise<PlanActionFieldSection[]> {
    return this.reader.sections(version, this.loaders.for(context));
  }

  @ResolveField(() => [PublishedInitiative], {
    description: 'The initiative section, filled from the register: the initiatives that implement its recommendations, by name, with status and progress',
  })
  initiatives(@Parent() version: PlanVersion, @Context() context: object): Promise<PublishedInitiative[]> {
    return this.reader.initiatives(version, this.loaders.for(context));
  }

  @ResolveField(() => [PlanSignOff])
  signOffs(@Parent() version: PlanVersion, @Context() context: object): Promise<PlanSignOff[]> {
    return this.reader.signOffs(version, this.loaders.for(context));
  }

  @ResolveField(() => Date)
  createdAt(@Parent() version: PlanVersion): Date {
    return version.createdAt;
  }

  @ResolveField(() => Date)
  updatedAt(@Parent() version: PlanVersion): Date {
    return version.updatedAt;
  }

  @ResolveField(() => Boolean, { description: 'Whether the viewer may change this version now (a DRAFT, and they assemble the plan)' })
  async viewerMayEdit(@Parent() version: PlanVersion, @Context() context: RequestContext): Promise<boolean> {
    return (await this.reader.abilities(version, await this.actors.of(context), this.loaders.for(context))).edit;
  }

  @ResolveField(() => Boolean)
  async viewerMaySubmit(@Parent() version: PlanVersion, @Context() context: RequestContext): Promise<boolean> {
    return (await this.reader.abilities(version, await this.actors.of(context), this.loaders.for(context))).submit;
  }

  @ResolveField(() => Boolean)
  async viewerMayReopen(@Parent() version: PlanVersion, @Context() context: RequestContext): Promise<boolean> {
    return (await this.reader.abilities(version, await this.actors.of(context), this.loaders.for(context))).reopen;
  }

  @ResolveField(() => Boolean, { description: 'Whether the viewer is the chair or deputy chair of the steering board and has not signed yet' })
  async viewerMaySignOff(@Parent() version: PlanVersion, @Context() context: RequestContext): Promise<boolean> {
    return (await this.reader.abilities(version, await this.actors.of(context), this.loaders.for(context))).signOff;
  }

  @ResolveField(() => String, { description: 'Download as PDF; ?lang=en for English' })
  pdfUrl(@Parent() version: PlanVersion): string {
    return exportPath(version.id, 'pdf');
  }

  @ResolveField(() => String, { description: 'Download as DOCX; ?lang=en for English' })
  docxUrl(@Parent() version: PlanVersion): string {
    return exportPath(version.id, 'docx');
  }

  private async caller(context: RequestContext): Promise<Caller> {
    return { actor: await this.actors.of(context), req: context.req };
  }
}

@Resolver(() => PlanRecommendation)
export class PlanRecommendationResolver {
  constructor(
    private readonly reader: PlanReaderService,
    private readonly loaders: PlanLoaderRegistry,
  ) {}

  @ResolveField(() => Recommendation, { description: 'With its focus group and history (provenance)' })
  recommendation(@Parent() placed: PlanRecommendation, @Context() context: object): Promise<Recommendation> {
    return this.reader.recommendationOf(placed, this.loaders.for(context));
  }
}

@Resolver(() => PlanSignOff)
export class PlanSignOffResolver {
  constructor(private readonly loaders: PlanLoaderRegistry) {}

  @ResolveField(() => Person)
  async person(@Parent() signOff: PlanSignOff, @Context() context: object): Promise<Person> {
    const person = await this.loaders.for(context).person.load(signOff.personId);
    if (!person) throw new Error(`Person ${signOff.personId} of a sign-off is gone`);
    return person;
  }
}

@Resolver(() => AlliancePlan)
export class AlliancePlanResolver {
  constructor(
    private readonly reader: PlanReaderService,
    private readonly loaders: PlanLoaderRegistry,
    private readonly actors: ActorService,
  ) {}

  @ResolveField(() => [PlanVersion], { description: 'Newest first; unapproved ones only for those who may read drafts' })
  async versions(@Parent() plan: AlliancePlan, @Context() context: RequestContext): Promise<PlanVersion[]> {
    return this.reader.versions(plan, await this.actors.of(context), this.loaders.for(context));
  }

  @ResolveField(() => PlanVersion, { nullable: true, description: 'The latest approved (published) version' })
  currentVersion(@Parent() plan: AlliancePlan, @Context() context: object): Promise<PlanVersion | null> {
    return this.reader.currentVersion(plan, this.loaders.for(context));
  }

  @ResolveField(() => Boolean, { description: 'Whether the viewer may start and assemble versions (steering-board chair or secretariat)' })
  async viewerMayAssemble(@Parent() plan: AlliancePlan, @Context() context: RequestContext): Promise<boolean> {
    return this.reader.viewerMayAssemble(plan, await this.actors.of(context), this.loaders.for(context));
  }
}

@Resolver(() => Alliance)
export class AlliancePlanFieldResolver {
  constructor(
    private readonly reader: PlanReaderService,
    private readonly loaders: PlanLoaderRegistry,
  ) {}

  @ResolveField(() => AlliancePlan, { nullable: true, description: 'The Bündnisplan; null until the first version is started' })
  plan(@Parent() alliance: Alliance, @Context() context: object): Promise<AlliancePlan | null> {
    return this.reader.planOf(alliance, this.loaders.for(context));
  }
}
