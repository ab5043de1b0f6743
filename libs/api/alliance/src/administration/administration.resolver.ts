import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ActorService, type Caller, RequirePermission, ValidInput, type RequestContext } from '@pakt/api-access';
import type { Page } from '@pakt/api-database';
import { ActionField, Alliance, Body, Membership, Organisation, Person, Region } from '../entities';

import {
  AddMembershipInput,
  ChangeMembershipInput,
  CreateActionFieldInput,
  CreateBodyInput,
  CreateOrganisationInput,
  CreateRegionInput,
  EndMembershipInput,
  PeopleArgs,
  UpdateActionFieldInput,
  UpdateAllianceInput,
  UpdateBodyInput,
  UpdateOrganisationInput,
  UpdateRegionInput,
} from './inputs';
import { MembershipAdministrationService } from './membership-administration.service';
import { PersonConnection } from './people.model';
import { PeopleService } from './people.service';
import { StructureAdministrationService } from './structure-administration.service';

// The secretariat's operations. Each names alliance.administer; in which alliance the caller holds
// it is checked by the services once they know the object's alliance (another alliance's ids: NOT_FOUND).

@Resolver()
export class AdministrationResolver {
  constructor(
    private readonly structure: StructureAdministrationService,
    private readonly memberships: MembershipAdministrationService,
    private readonly directory: PeopleService,
    private readonly actors: ActorService,
  ) {}

  @Query(() => PersonConnection, { description: 'The people of an alliance by name, for its secretariat' })
  @RequirePermission('alliance.administer')
  async people(@Args(ValidInput) args: PeopleArgs, @Context() context: RequestContext): Promise<Page<Person>> {
    return this.directory.page(args, await this.actors.of(context));
  }

  @Mutation(() => Alliance)
  @RequirePermission('alliance.administer')
  async updateAlliance(@Args('input', ValidInput) input: UpdateAllianceInput, @Context() context: RequestContext): Promise<Alliance> {
    return this.structure.updateAlliance(input, await this.caller(context));
  }

  @Mutation(() => Body, { description: 'Creates a focus group' })
  @RequirePermission('alliance.administer')
  async createBody(@Args('input', ValidInput) input: CreateBodyInput, @Context() context: RequestContext): Promise<Body> {
    return this.structure.createBody(input, await this.caller(context));
  }

  @Mutation(() => Body)
  @RequirePermission('alliance.administer')
  async updateBody(@Args('input', ValidInput) input: UpdateBodyInput, @Context() context: RequestContext): Promise<Body> {
    return this.structure.updateBody(input, await this.caller(context));
  }

  @Mutation(() => ActionField)
  @RequirePermission('alliance.administer')
  async createActionField(@Args('input', ValidInput) input: CreateActionFieldInput, @Context() context: RequestContext): Promise<ActionField> {
    return this.structure.createActionField(input, await this.caller(context));
  }

  @Mutation(() => ActionField)
  @RequirePermission('alliance.administer')
  async updateActionField(@Args('input', ValidInput) input: UpdateActionFieldInput, @Context() context: RequestContext): Promise<ActionField> {
    return this.structure.updateActionField(input, await this.caller(context));
  }

  @Mutation(() => Organisation)
  @RequirePermission('alliance.administer')
  async createOrganisation(@Args('input', ValidInput) input: CreateOrganisationInput, @Context() context: RequestContext): Promise<Organisation> {
    return this.structure.createOrganisation(input, await this.caller(context));
  }

  @Mutation(() => Organisation)
  @RequirePermission('alliance.administer')
  async updateOrganisation(@Args('input', ValidInput) input: UpdateOrganisationInput, @Context() context: RequestContext): Promise<Organisation> {
    return this.structure.updateOrganisation(input, await this.caller(context));
  }

  @Mutation(() => Region)
  @RequirePermission('alliance.administer')
  async createRegion(@Args('input', ValidInput) input: CreateRegionInput, @Context() context: RequestContext): Promise<Region> {
    return this.structure.createRegion(input, await this.caller(context));
  }

  @Mutation(() => Region)
  @RequirePermission('alliance.administer')
  async updateRegion(@Args('input', ValidInput) input: UpdateRegionInput, @Context() context: RequestContext): Promise<Region> {
    return this.structure.updateRegion(input, await this.caller(context));
  }

  @Mutation(() => Membership)
  @RequirePermission('alliance.administer')
  async addMembership(@Args('input', ValidInput) input: AddMembershipInput, @Context() context: RequestContext): Promise<Membership> {
    return this.memberships.addMembership(input, await this.caller(context));
  }

  @Mutation(() => Membership, { description: 'Changes the role or the organisation of a running membership' })
  @RequirePermission('alliance.administer')
  async changeMembership(@Args('input', ValidInput) input: ChangeMembershipInput, @Context() context: RequestContext): Promise<Membership> {
    return this.memberships.changeMembership(input, await this.caller(context));
  }

  @Mutation(() => Membership, { description: 'Sets the last day of a membership (default today)' })
  @RequirePermission('alliance.administer')
  async endMembership(@Args('input', ValidInput) input: EndMembershipInput, @Context() context: RequestContext): Promise<Membership> {
    return this.memberships.endMembership(input, await this.caller(context));
  }

  private async caller(context: RequestContext): Promise<Caller> {
    return { actor: await this.actors.of(context), req: context.req };
  }
}
