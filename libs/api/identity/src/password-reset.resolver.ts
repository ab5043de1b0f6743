import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { Public, ValidInput } from '@pakt/api-access';
import { RequestPasswordResetInput, ResetPasswordInput } from './invitation.inputs';
import { PasswordResetService } from './password-reset.service';
import type { HttpContext } from './session-types';
import { Viewer } from './viewer.model';

@Resolver()
export class PasswordResetResolver {
  constructor(private readonly resets: PasswordResetService) {}

  @Public()
  @Mutation(() => Boolean, { description: 'Mails a password-reset link if an active account has this address; always true, so it tells nobody which do' })
  async requestPasswordReset(@Args('input', ValidInput) input: RequestPasswordResetInput, @Context() { req }: HttpContext): Promise<boolean> {
    await this.resets.request(input, req);
    return true;
  }

  @Public()
  @Mutation(() => Viewer, { description: "Sets a new password through a reset link, ends the account's other sessions and signs in" })
  async resetPassword(@Args('input', ValidInput) input: ResetPasswordInput, @Context() { req }: HttpContext): Promise<Viewer> {
    return { account: await this.resets.reset(input, req) };
  }
}
