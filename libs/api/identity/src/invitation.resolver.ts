import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ActorService, Public, RequirePermission, ValidInput } from '@pakt/api-access';
import { Body, Organisation } from '@pakt/api-alliance';
import type { HttpContext } from './session-types';
import { Invitation } from './invitation.entity';
import { AcceptInvitationInput, InviteMemberInput } from './invitation.inputs';
import { InvitationPreview } from './invitation-preview.model';
import { InvitationService } from './invitation.service';
import { Viewer } from './viewer.model';

@Resolver(() => Invitation)
export class InvitationResolver {
  constructor(
    private readonly service: InvitationService,
    private readonly actors: ActorService,
  ) {}

  @Public()
  @Query(() => InvitationPreview, { nullable: true, description: 'What an invitation link offers; null when it is unknown, expired or used' })
  invitation(@Args('token') token: string): Promise<InvitationPreview | null> {
    return this.service.preview(token);
  }

  @RequirePermission('alliance.administer')
  @Query(() => [Invitation], { description: "The alliance's invitations, newest first; only the open ones unless pending is false" })
  async invitations(
    @Args('allianceId', { type: () => ID }) allianceId: string,
    @Args('pending', { type: () => Boolean, defaultValue: true }) pending: boolean,
    @Context() context: HttpContext,
  ): Promise<Invitation[]> {
    return this.service.list(await this.actors.of(context), allianceId, pending);
  }

  @RequirePermission('alliance.administer')
  @Mutation(() => Invitation, { description: 'Invites a person by e-mail into a body, in a role; the mail carries a link valid for 7 days' })
  async inviteMember(@Args('input', ValidInput) input: InviteMemberInput, @Context() context: HttpContext): Promise<Invitation> {
    return this.service.invite(await this.actors.of(context), input, context.req);
  }

  @Public()
  @Mutation(() => Viewer, { description: 'Accepts an invitation (setting the password of a new account) and signs in' })
  async acceptInvitation(@Args('input', ValidInput) input: AcceptInvitationInput, @Context() { req }: HttpContext): Promise<Viewer> {
    return { account: await this.service.accept(input, req) };
  }

  // The service loads both with the invitation.
  @ResolveField(() => Body)
  body(@Parent() invitation: Invitation): Body {
    return invitation.body!;
  }

  @ResolveField(() => Organisation, { nullable: true })
  organisation(@Parent() invitation: Invitation): Organisation | null {
    return invitation.organisation ?? null;
  }
}
