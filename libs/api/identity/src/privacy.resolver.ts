import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ActorService, RequirePermission, SignedIn } from '@pakt/api-access';
import { Person } from '@pakt/api-alliance';
import { DepartureService } from './departure.service';
import { PersonalDataService } from './personal-data.service';
import type { HttpContext } from './session-types';

@Resolver()
export class PrivacyResolver {
  constructor(
    private readonly departures: DepartureService,
    private readonly personalData: PersonalDataService,
    private readonly actors: ActorService,
  ) {}

  @SignedIn()
  @Query(() => String, { description: 'Everything stored about the caller, as a JSON document to download' })
  myPersonalData(@Context() { req }: HttpContext): Promise<string> {
    return this.personalData.export((req.user as Express.User).id); // @SignedIn guarantees req.user
  }

  @RequirePermission('alliance.administer')
  @Mutation(() => Person, { description: "Deactivates the person's account: it cannot sign in any more and its sessions end at once" })
  async deactivatePerson(@Args('personId', { type: () => ID }) personId: string, @Context() context: HttpContext): Promise<Person> {
    return this.departures.deactivate(await this.actors.of(context), personId, context.req);
  }

  @RequirePermission('alliance.administer')
  @Mutation(() => Person, { description: 'Removes the name and e-mail address of a person who left; their contributions stay, their memberships end today' })
  async anonymisePerson(@Args('personId', { type: () => ID }) personId: string, @Context() context: HttpContext): Promise<Person> {
    return this.departures.anonymise(await this.actors.of(context), personId, context.req);
  }
}
