import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ActorService, type RequestContext } from '@pakt/api-access';
import { compareMemberships, holds, isMembershipActive } from '@pakt/domain';
import { Membership, Person } from './entities';
import { AllianceLoaderRegistry } from './loaders';

@Resolver(() => Person)
export class PersonResolver {
  constructor(
    private readonly loaders: AllianceLoaderRegistry,
    private readonly actors: ActorService,
  ) {}

  @ResolveField(() => [Membership], { description: 'Current memberships of this person, chair first' })
  async memberships(@Parent() person: Person, @Context() context: object): Promise<Membership[]> {
    const loaders = this.loaders.for(context);
    const all = await loaders.membershipsOfPerson.load(person.id);
    return all.filter((membership) => isMembershipActive(membership, loaders.today)).sort(compareMemberships);
  }

  @ResolveField(() => String, {
    nullable: true,
    description: "The e-mail address this person signs in with; only for their alliance's secretariat, null for everyone else",
  })
  async email(@Parent() person: Person, @Context() context: RequestContext): Promise<string | null> {
    if (person.accountId === null) return null;
    const actor = await this.actors.of(context);
    if (actor === null || !holds(actor.grants, 'alliance.administer', { allianceId: person.allianceId })) return null;
    return (await this.loaders.for(context).account.load(person.accountId))?.email ?? null;
  }

  @ResolveField(() => Boolean, { description: 'False once the secretariat has deactivated this person; without an account, true' })
  async active(@Parent() person: Person, @Context() context: object): Promise<boolean> {
    if (person.accountId === null) return true;
    return (await this.loaders.for(context).account.load(person.accountId))?.active ?? true;
  }
}
