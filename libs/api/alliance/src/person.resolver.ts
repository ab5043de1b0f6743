import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { compareMemberships, isMembershipActive } from '@pakt/domain';
import { Membership, Person } from './entities';
import { AllianceLoaderRegistry } from './loaders';

@Resolver(() => Person)
export class PersonResolver {
  constructor(private readonly loaders: AllianceLoaderRegistry) {}

  @ResolveField(() => [Membership], { description: 'Current memberships of this person, chair first' })
  async memberships(@Parent() person: Person, @Context() context: object): Promise<Membership[]> {
    const loaders = this.loaders.for(context);
    const all = await loaders.membershipsOfPerson.load(person.id);
    return all.filter((membership) => isMembershipActive(membership, loaders.today)).sort(compareMemberships);
  }
}
