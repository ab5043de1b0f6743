import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessPolicy, type Actor, BadUserInputError, ForbiddenError, NotFoundError } from '@pakt/api-access';
import { Alliance, Body, Membership, Organisation, Person } from '@pakt/api-alliance';
import { AuditService, auditActorOf } from '@pakt/api-audit';
import { toLocalDate } from '@pakt/domain';
import { isUUID } from 'class-validator';
import type { Request } from 'express';
import { DataSource, IsNull, MoreThan } from 'typeorm';
import { Account } from './account.entity';
import { Authentication } from './authentication';
import { clientAddress } from './client-address';
import { IDENTITY_SETTINGS, type IdentitySettings } from './identity-settings';
import { Invitation } from './invitation.entity';
import { AcceptInvitationInput, InviteMemberInput, MIN_NEW_PASSWORD_LENGTH } from './invitation.inputs';
import { InvitationPreview } from './invitation-preview.model';
import { Mailer } from './mail/mailer';
import { invitationMail } from './mail/templates';
import { assertMembershipIsFree } from './membership-checks';
import { hashPassword, verifyPassword } from './passwords';
import { SignInThrottle } from './sign-in-throttle';
import { hashLinkToken, INVALID_LINK, isLinkTokenForm, newLinkToken } from './tokens';

const INVITATION_VALID_MS = 7 * 24 * 3_600_000;

/** Invites people into a body by mail and turns an accepted invitation into a membership. */
@Injectable()
export class InvitationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(IDENTITY_SETTINGS) private readonly settings: IdentitySettings,
    private readonly policy: AccessPolicy,
    private readonly audit: AuditService,
    private readonly mailer: Mailer,
    private readonly authentication: Authentication,
    private readonly throttle: SignInThrottle,
  ) {}

  /**
   * Stores the invitation and mails its link, in one transaction: when the mail cannot be sent,
   * no invitation exists. A newer invitation of the same address into the same body replaces
   * the open one (whose link then stops working), so a lost mail can simply be sent again.
   */
  async invite(actor: Actor | null, input: InviteMemberInput, req: Request): Promise<Invitation> {
    const manager = this.dataSource.manager;
    const body = isUUID(input.bodyId) ? await manager.findOneBy(Body, { id: input.bodyId }) : null;
    if (!body) throw new NotFoundError('There is no such body.');
    this.policy.assertMay(actor, 'alliance.administer', { allianceId: body.allianceId });
    const organisationId = input.organisationId ?? null;
    const organisation =
      organisationId === null ? null : isUUID(organisationId) ? await manager.findOneBy(Organisation, { id: organisationId, allianceId: body.allianceId }) : null;
    if (organisationId !== null && !organisation) throw new NotFoundError('There is no such organisation.');
    const alliance = await manager.findOneByOrFail(Alliance, { id: body.allianceId });

    const { token, hash } = newLinkToken();
    const expiresAt = new Date(Date.now() + INVITATION_VALID_MS);
    return this.dataSource.transaction(async (tx) => {
      await assertMembershipIsFree(tx, { bodyId: body.id, email: input.email, role: input.role, today: toLocalDate(new Date()) });
      await tx.update(Invitation, { bodyId: body.id, email: input.email, acceptedAt: IsNull(), expiresAt: MoreThan(new Date()) }, { expiresAt: new Date() });
      const invitation = await tx.save(
        tx.create(Invitation, {
          allianceId: body.allianceId,
          bodyId: body.id,
          role: input.role,
          organisationId,
          email: input.email,
          displayName: input.displayName,
          tokenHash: hash,
          invitedByAccountId: actor.accountId,
          expiresAt,
          acceptedAt: null,
        }),
      );
      await this.audit.record(
        {
          ...auditActorOf(req),
          action: 'invitation.sent',
          allianceId: body.allianceId,
          objectType: 'Invitation',
          objectId: invitation.id,
          details: { bodyId: body.id, role: input.role, organisationId },
        },
        tx,
      );
      await this.mailer.send(
        invitationMail({
          to: input.email,
          displayName: input.displayName,
          allianceName: alliance.name,
          bodyName: body.name,
          role: input.role,
          expiresAt,
          link: `${this.settings.publicUrl}/invitation/${token}`,
        }),
      );
      return Object.assign(invitation, { body, organisation });
    });
  }

  /** The alliance's invitations, newest first; only the open ones unless pending is false. */
  async list(actor: Actor | null, allianceId: string, pending: boolean): Promise<Invitation[]> {
    this.policy.assertMay(actor, 'alliance.administer', { allianceId });
    return this.dataSource.manager.find(Invitation, {
      where: pending ? { allianceId, acceptedAt: IsNull(), expiresAt: MoreThan(new Date()) } : { allianceId },
      relations: { body: true, organisation: true },
      order: { createdAt: 'DESC', id: 'ASC' },
    });
  }

  /** What an open invitation's link shows; null for an unknown, expired or used one alike. */
  async preview(token: string): Promise<InvitationPreview | null> {
    const invitation = await this.findOpen(token);
    if (!invitation) return null;
    const account = await this.dataSource.manager.findOneBy(Account, { email: invitation.email });
    return {
      email: invitation.email,
      displayName: invitation.displayName,
      allianceName: invitation.alliance!.name,
      bodyName: invitation.body!.name,
      role: invitation.role,
      expiresAt: invitation.expiresAt,
      hasAccount: account?.passwordHash != null,
    };
  }

  /**
   * Accepts an open invitation: a new address gets an account with the chosen password, an
   * existing account proves itself with its current password; the person (created in this
   * alliance if need be) joins the body, and the caller is signed in.
   */
  async accept(input: AcceptInvitationInput, req: Request): Promise<Express.User> {
    const found = await this.findOpen(input.token);
    if (!found) throw new BadUserInputError(INVALID_LINK, { token: INVALID_LINK });
    const existing = await this.dataSource.manager.findOneBy(Account, { email: found.email });
    if (existing?.deactivatedAt) throw new ForbiddenError('This account has been deactivated. Please contact the secretariat.');

    let newPasswordHash: string | null = null;
    if (existing?.passwordHash) {
      // The current password, checked and throttled exactly like a sign-in.
      const address = clientAddress(req);
      await this.throttle.assertAllowed(found.email, address);
      if (!(await verifyPassword(existing.passwordHash, input.password))) {
        await this.throttle.recordFailure(found.email, address);
        const message = 'This is not the current password of the account with this e-mail address.';
        throw new BadUserInputError(message, { password: message });
      }
      await this.throttle.recordSuccess(found.email);
    } else {
      if (input.password.length < MIN_NEW_PASSWORD_LENGTH) {
        const message = `A password needs at least ${MIN_NEW_PASSWORD_LENGTH} characters.`;
        throw new BadUserInputError(message, { password: message });
      }
      newPasswordHash = await hashPassword(input.password);
    }

    const user = await this.dataSource.transaction(async (tx) => {
      // Locked, and checked again: of two acceptances at once, the second finds it used.
      const invitation = await tx.findOne(Invitation, { where: { id: found.id }, lock: { mode: 'pessimistic_write' } });
      if (!invitation || invitation.acceptedAt !== null || invitation.expiresAt <= new Date()) {
        throw new BadUserInputError(INVALID_LINK, { token: INVALID_LINK });
      }
      // Memberships of one body change one at a time, so two acceptances cannot both take the chair.
      await tx.query('SELECT 1 FROM body WHERE id = $1 FOR UPDATE', [invitation.bodyId]);
      const today = toLocalDate(new Date());
      await assertMembershipIsFree(tx, { bodyId: invitation.bodyId, email: invitation.email, role: invitation.role, today });

      let account = await tx.findOneBy(Account, { email: invitation.email });
      if (!account) {
        account = await tx.save(tx.create(Account, { email: invitation.email, passwordHash: newPasswordHash, deactivatedAt: null }));
      } else if (newPasswordHash !== null) {
        await tx.update(Account, { id: account.id }, { passwordHash: newPasswordHash });
      }
      let person = await tx.findOneBy(Person, { allianceId: invitation.allianceId, accountId: account.id });
      person ??= await tx.save(tx.create(Person, { allianceId: invitation.allianceId, displayName: invitation.displayName, accountId: account.id }));
      const membership = await tx.save(
        tx.create(Membership, {
          allianceId: invitation.allianceId,
          bodyId: invitation.bodyId,
          personId: person.id,
          organisationId: invitation.organisationId,
          role: invitation.role,
          since: today,
          until: null,
        }),
      );
      await tx.update(Invitation, { id: invitation.id }, { acceptedAt: new Date() });
      await this.audit.record(
        {
          ...auditActorOf(req),
          actorAccountId: account.id,
          action: 'invitation.accepted',
          allianceId: invitation.allianceId,
          objectType: 'Invitation',
          objectId: invitation.id,
          details: { personId: person.id, membershipId: membership.id, bodyId: invitation.bodyId, role: invitation.role, newAccount: !existing },
        },
        tx,
      );
      return { id: account.id, email: account.email };
    });
    await this.authentication.logIn(req, user);
    return user;
  }

  private async findOpen(token: string): Promise<Invitation | null> {
    if (!isLinkTokenForm(token)) return null;
    return this.dataSource.manager.findOne(Invitation, {
      where: { tokenHash: hashLinkToken(token), acceptedAt: IsNull(), expiresAt: MoreThan(new Date()) },
      relations: { alliance: true, body: true },
    });
  }
}
