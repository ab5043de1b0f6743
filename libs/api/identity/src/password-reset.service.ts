import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { BadUserInputError } from '@pakt/api-access';
import { AuditService, auditActorOf } from '@pakt/api-audit';
import type { Request } from 'express';
import { DataSource, IsNull } from 'typeorm';
import { Account } from './account.entity';
import { Authentication } from './authentication';
import { clientAddress } from './client-address';
import { IDENTITY_SETTINGS, type IdentitySettings } from './identity-settings';
import { RequestPasswordResetInput, ResetPasswordInput } from './invitation.inputs';
import { Mailer } from './mail/mailer';
import { passwordResetMail } from './mail/templates';
import { PasswordReset } from './password-reset.entity';
import { hashPassword } from './passwords';
import { ResetRequestThrottle } from './reset-throttle';
import { SessionService } from './sessions';
import { SignInThrottle } from './sign-in-throttle';
import { hashLinkToken, INVALID_LINK, isLinkTokenForm, newLinkToken } from './tokens';

const RESET_VALID_MS = 3_600_000;

/** "Forgot your password": a one-hour, single-use link by mail that sets a new one. */
@Injectable()
export class PasswordResetService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(IDENTITY_SETTINGS) private readonly settings: IdentitySettings,
    private readonly audit: AuditService,
    private readonly mailer: Mailer,
    private readonly authentication: Authentication,
    private readonly sessions: SessionService,
    private readonly requestThrottle: ResetRequestThrottle,
    private readonly signInThrottle: SignInThrottle,
  ) {}

  /**
   * Mails a reset link when the address belongs to an active account, and answers the same
   * either way. Only the newest link works: asking again retires the earlier ones.
   */
  async request({ email }: RequestPasswordResetInput, req: Request): Promise<void> {
    await this.requestThrottle.consume(email, clientAddress(req));
    const account = await this.dataSource.manager.findOneBy(Account, { email, deactivatedAt: IsNull() });
    if (!account) return;

    const { token, hash } = newLinkToken();
    const expiresAt = new Date(Date.now() + RESET_VALID_MS);
    await this.dataSource.transaction(async (tx) => {
      await tx.update(PasswordReset, { accountId: account.id, usedAt: IsNull() }, { usedAt: new Date() });
      const reset = await tx.save(tx.create(PasswordReset, { accountId: account.id, tokenHash: hash, expiresAt, usedAt: null }));
      await this.audit.record(
        { ...auditActorOf(req), action: 'passwordReset.requested', objectType: 'Account', objectId: account.id, details: { resetId: reset.id } },
        tx,
      );
      await this.mailer.send(passwordResetMail(email, `${this.settings.publicUrl}/password/reset/${token}`, expiresAt));
    });
  }

  /** Sets the new password, ends every session of the account and signs the caller in. */
  async reset(input: ResetPasswordInput, req: Request): Promise<Express.User> {
    if (!isLinkTokenForm(input.token)) throw new BadUserInputError(INVALID_LINK, { token: INVALID_LINK });
    const passwordHash = await hashPassword(input.password);
    const user = await this.dataSource.transaction(async (tx) => {
      // Locked, so of two uses at once the second finds it used.
      const reset = await tx.findOne(PasswordReset, { where: { tokenHash: hashLinkToken(input.token) }, lock: { mode: 'pessimistic_write' } });
      const account = reset && (await tx.findOneBy(Account, { id: reset.accountId, deactivatedAt: IsNull() }));
      if (!reset || !account || reset.usedAt !== null || reset.expiresAt <= new Date()) {
        throw new BadUserInputError(INVALID_LINK, { token: INVALID_LINK });
      }
      await tx.update(PasswordReset, { id: reset.id }, { usedAt: new Date() });
      await tx.update(Account, { id: account.id }, { passwordHash });
      await this.sessions.endAllOf(account.id, tx);
      await this.audit.record(
        { ...auditActorOf(req), actorAccountId: account.id, action: 'passwordReset.completed', objectType: 'Account', objectId: account.id },
        tx,
      );
      return { id: account.id, email: account.email };
    });
    // Whoever was locked out by failed sign-ins may sign in again with the new password.
    await this.signInThrottle.recordSuccess(user.email);
    await this.authentication.logIn(req, user);
    return user;
  }
}
