import { Args, Context, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ActorService, RequirePermission, type RequestContext } from '@pakt/api-access';
import { AllianceService } from './alliance.service';
import { BodyService } from './body.service';
import { ActionField, Alliance, Body, Membership, Organisation, Person, Region } from './entities';
import { AllianceLoaderRegistry } from './loaders';

// Resolvers only translate GraphQL to service calls; relation fields go through the request's
// DataLoaders so a list of n bodies costs one statement per relation, not n. Which alliance the
// caller may read is decided in the service, once the alliance is known.

@Resolver(() => Alliance)
export class AllianceResolver {
  constructor(
    private readonly service: AllianceService,
    private readonly loaders: AllianceLoaderRegistry,
    private readonly actors: ActorService,
  ) {}

  @Query(() => [Alliance], { description: 'The alliances the caller may read, by name' })
  @RequirePermission('alliance.read')
  async alliances(@Context() context: RequestContext): Promise<Alliance[]> {
    return this.service.list(await this.actors.of(context));
  }

  @Query(() => Alliance, {
    nullable: true,
    description: 'The alliance with this slug, or null when there is none or the caller does not belong to it',
  })
  @RequirePermission('alliance.read')
  async alliance(@Args('slug') slug: string, @Context() context: RequestContext): Promise<Alliance | null> {
    return this.service.findBySlug(slug, await this.actors.of(context));
  }

  @ResolveField(() => [String], {
    description: 'The permissions the caller holds in this alliance (e.g. "alliance.administer"), for showing only what is allowed',
  })
  async viewerPermissions(@Parent() alliance: Alliance, @Context() context: RequestContext): Promise<string[]> {
    return this.service.viewerPermissions(alliance, await this.actors.of(context));
  }

  @ResolveField(() => Body, { nullable: true, description: 'The Dachgremium' })
  steeringBoard(@Parent() alliance: Alliance, @Context() context: object): Promise<Body | null> {
    return this.service.steeringBoard(alliance, this.loaders.for(context));
  }

  @ResolveField(() => [Body], { description: 'Steering board first, then the focus groups by name' })
  bodies(@Parent() alliance: Alliance, @Context() context: object): Promise<Body[]> {
    return this.service.bodies(alliance, this.loaders.for(context));
  }

  @ResolveField(() => [ActionField], { description: 'In the order the alliance lists them' })
  actionFields(@Parent() alliance: Alliance, @Context() context: object): Promise<ActionField[]> {
    return this.service.actionFields(alliance, this.loaders.for(context));
  }

  @ResolveField(() => [Organisation], { description: 'By kind (ministries first), then by name' })
  organisations(@Parent() alliance: Alliance, @Context() context: object): Promise<Organisation[]> {
    return this.service.organisations(alliance, this.loaders.for(context));
  }

  @ResolveField(() => [Region], { description: 'The state first, then districts and cities by name' })
  regions(@Parent() alliance: Alliance, @Context() context: object): Promise<Region[]> {
    return this.service.regions(alliance, this.loaders.for(context));
  }
}

@Resolver(() => Body)
export class BodyResolver {
  constructor(
    private readonly service: BodyService,
    private readonly loaders: AllianceLoaderRegistry,
  ) {}

  @ResolveField(() => [ActionField])
  actionFields(@Parent() body: Body, @Context() context: object): Promise<ActionField[]> {
    return this.service.actionFields(body, this.loaders.for(context));
  }

  @ResolveField(() => Membership, { nullable: true, description: 'The current chair, if any' })
  chair(@Parent() body: Body, @Context() context: object): Promise<Membership | null> {
    return this.service.chair(body, this.loaders.for(context));
  }

  @ResolveField(() => Membership, { nullable: true, description: 'The current deputy chair, if any' })
  deputyChair(@Parent() body: Body, @Context() context: object): Promise<Membership | null> {
    return this.service.deputyChair(body, this.loaders.for(context));
  }

  @ResolveField(() => Int, { description: 'People with a current membership of any role (a person counts once)' })
  memberCount(@Parent() body: Body, @Context() context: object): Promise<number> {
    return this.service.memberCount(body, this.loaders.for(context));
  }

  @ResolveField(() => [Membership], { description: 'Current memberships, chair first; with includeFormer also past ones' })
  memberships(
    @Parent() body: Body,
    @Context() context: object,
    @Args('includeFormer', { type: () => Boolean, defaultValue: false }) includeFormer: boolean,
  ): Promise<Membership[]> {
    return this.service.memberships(body, includeFormer, this.loaders.for(context));
  }
}

@Resolver(() => ActionField)
export class ActionFieldResolver {
  constructor(
    private readonly service: BodyService,
    private readonly loaders: AllianceLoaderRegistry,
  ) {}

  @ResolveField(() => [Body], { description: 'The bodies working on this action field' })
  bodies(@Parent() actionField: ActionField, @Context() context: object): Promise<Body[]> {
    return this.service.bodiesWorkingOn(actionField, this.loaders.for(context));
  }
}

@Resolver(() => Membership)
export class MembershipResolver {
  constructor(private readonly loaders: AllianceLoaderRegistry) {}

  @ResolveField(() => Person)
  async person(@Parent() membership: Membership, @Context() context: object): Promise<Person> {
    const person = await this.loaders.for(context).person.load(membership.personId);
    // The foreign key guarantees the row; a miss means it was deleted during this request.
    if (!person) throw new Error(`Person ${membership.personId} of membership ${membership.id} is gone`);
    return person;
  }

  @ResolveField(() => Body)
  async body(@Parent() membership: Membership, @Context() context: object): Promise<Body> {
    const body = await this.loaders.for(context).body.load(membership.bodyId);
    if (!body) throw new Error(`Body ${membership.bodyId} of membership ${membership.id} is gone`);
    return body;
  }

  @ResolveField(() => Organisation, { nullable: true, description: 'The organisation this person represents here' })
  organisation(@Parent() membership: Membership, @Context() context: object): Promise<Organisation | null> {
    return membership.organisationId === null
      ? Promise.resolve(null)
      : this.loaders.for(context).organisation.load(membership.organisationId);
  }
}
