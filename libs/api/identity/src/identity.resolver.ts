import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Person } from '@pakt/api-alliance';
import { Public, SignedIn } from '@pakt/api-access';
import { auditActorOf, AuditService } from '@pakt/api-audit';
import { SessionService } from './sessions';
import type { HttpContext } from './session-types';
import { SignInInput } from './sign-in.input';
import { SignInService } from './sign-in.service';
import { Viewer } from './viewer.model';

@Resolver(() => Viewer)
export class IdentityResolver {
  constructor(
    private readonly signIns: SignInService,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
  ) {}

  @Public()
  @Query(() => Viewer, { nullable: true, description: 'Who is signed in; null when nobody is' })
  viewer(@Context() { req }: HttpContext): Viewer | null {
    return req.user ? { account: req.user } : null;
  }

  @Public()
  @Mutation(() => Viewer, { description: 'Signs in with e-mail and password and sets the session cookie' })
  async signIn(@Args('input') input: SignInInput, @Context() { req }: HttpContext): Promise<Viewer> {
    return { account: await this.signIns.signIn(input, req) };
  }

  @SignedIn()
  @Mutation(() => Boolean, { description: 'Ends this session' })
  async signOut(@Context() { req, res }: HttpContext): Promise<boolean> {
    await this.audit.record({ ...auditActorOf(req), action: 'signOut', objectType: 'Account', objectId: req.user?.id });
    await this.sessions.endCurrent(req, res);
    return true;
  }

  @SignedIn()
  @Mutation(() => Boolean, { description: 'Ends every session of this account, on every device' })
  async signOutEverywhere(@Context() { req, res }: HttpContext): Promise<boolean> {
    const { id } = req.user as Express.User; // @SignedIn guarantees it
    await this.sessions.endAllOf(id);
    await this.audit.record({ ...auditActorOf(req), action: 'session.endedEverywhere', objectType: 'Account', objectId: id });
    await this.sessions.endCurrent(req, res);
    return true;
  }

  @ResolveField(() => [Person], { description: "This account's person in each alliance, by alliance name" })
  people(@Parent() viewer: Viewer): Promise<Person[]> {
    return this.signIns.peopleOf(viewer.account.id);
  }
}
