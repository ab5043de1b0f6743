import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Alliance, Body } from './entities';
import { AllianceLoaderRegistry } from './loaders';

/** Lets a list of memberships across alliances ("my groups") name and link each body's alliance. */
@Resolver(() => Body)
export class BodyAllianceResolver {
  constructor(private readonly loaders: AllianceLoaderRegistry) {}

  @ResolveField(() => Alliance)
  async alliance(@Parent() body: Body, @Context() context: object): Promise<Alliance> {
    const alliance = await this.loaders.for(context).alliance.load(body.allianceId);
    // The foreign key guarantees the row; a miss means it was deleted during this request.
    if (!alliance) throw new Error(`Alliance ${body.allianceId} of body ${body.id} is gone`);
    return alliance;
  }
}
