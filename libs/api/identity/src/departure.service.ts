import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessPolicy, type Actor, BadUserInputError, NotFoundError } from '@pakt/api-access';
import { Person } from '@pakt/api-alliance';
import { AuditService, auditActorOf } from '@pakt/api-audit';
import { toLocalDate } from '@pakt/domain';
import { isUUID } from 'class-validator';
import type { Request } from 'express';
import { DataSource, type EntityManager, IsNull, Not } from 'typeorm';
import { Account } from './account.entity';
import { SessionService } from './sessions';

export const ANONYMISED_NAME = 'Ehemalige Teilnehmerin / ehemaliger Teilnehmer';

/** When a person leaves: the secretariat deactivates their account, or anonymises them. */
@Injectable()
export class DepartureService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly audit: AuditService,
    private readonly sessions: SessionService,
  ) {}

  /**
   * Deactivates the person's account: it can no longer sign in, and its sessions end now (the
   * account is one across alliances, so this holds in every alliance it belongs to).
   */
  async deactivate(actor: Actor | null, personId: string, req: Request): Promise<Person> {
    const person = await this.administeredPerson(actor, personId, 'deactivate');
    return this.dataSource.transaction(async (tx) => {
      if (person.accountId !== null) {
        await tx.update(Account, { id: person.accountId, deactivatedAt: IsNull() }, { deactivatedAt: new Date() });
        await this.sessions.endAllOf(person.accountId, tx);
      }
      await this.audit.record(
        { ...auditActorOf(req), action: 'person.deactivated', allianceId: person.allianceId, objectType: 'Person', objectId: person.id },
        tx,
      );
      return person;
    });
  }

  /**
   * Removes who the person was and keeps what they did: the name becomes a placeholder, their
   * memberships end today (those not yet begun are dropped), their alliance roles and this
   * alliance's invitations to their address go, and the person is unlinked from the account.
   * The account itself loses its e-mail address and password and is deactivated, unless it is
   * still a person in another alliance, which keeps it.
   */
  async anonymise(actor: Actor | null, personId: string, req: Request): Promise<Person> {
    const found = await this.administeredPerson(actor, personId, 'anonymise');
    return this.dataSource.transaction(async (tx) => {
      const person = await tx.findOneOrFail(Person, { where: { id: found.id }, lock: { mode: 'pessimistic_write' } });
      const today = toLocalDate(new Date());
      await tx.query(
        `UPDATE membership SET until = $2, version = version + 1, updated_at = now()
          WHERE person_id = $1 AND since <= $2 AND (until IS NULL OR until > $2)`,
        [person.id, today],
      );
      await tx.query(`DELETE FROM membership WHERE person_id = $1 AND since > $2`, [person.id, today]);
      await tx.query(`DELETE FROM alliance_role WHERE person_id = $1`, [person.id]);
      const account = person.accountId === null ? null : await tx.findOneBy(Account, { id: person.accountId });
      if (account) await this.anonymiseAccount(tx, account, person);
      await tx.update(Person, { id: person.id }, { displayName: `${ANONYMISED_NAME} (${person.id.slice(0, 8)})`, accountId: null });
      await this.audit.record(
        {
          ...auditActorOf(req),
          action: 'person.anonymised',
          allianceId: person.allianceId,
          objectType: 'Person',
          objectId: person.id,
          details: { accountRemoved: account !== null },
        },
        tx,
      );
      return tx.findOneByOrFail(Person, { id: person.id });
    });
  }

  private async anonymiseAccount(tx: EntityManager, account: Account, person: Person): Promise<void> {
    await tx.query(`DELETE FROM invitation WHERE alliance_id = $1 AND email = $2`, [person.allianceId, account.email]);
    const elsewhere = await tx.existsBy(Person, { accountId: account.id, id: Not(person.id) });
    if (elsewhere) return;
    // The e-mail column is required and unique: an address in the reserved .invalid domain, made
    // of the account's id only, takes the place of the real one and can never receive mail.
    await tx.update(Account, { id: account.id }, { email: `${account.id}@anonymised.invalid`, passwordHash: null, deactivatedAt: account.deactivatedAt ?? new Date() });
    await tx.query(`DELETE FROM password_reset WHERE account_id = $1`, [account.id]);
    await this.sessions.endAllOf(account.id, tx);
  }

  /** The person, if the actor administers their alliance; nobody may do this to themselves. */
  private async administeredPerson(actor: Actor | null, personId: string, verb: string): Promise<Person> {
    const person = isUUID(personId) ? await this.dataSource.manager.findOneBy(Person, { id: personId }) : null;
    if (!person) throw new NotFoundError('There is no such person.');
    this.policy.assertMay(actor, 'alliance.administer', { allianceId: person.allianceId });
    if (person.accountId === actor.accountId) {
      const message = `You cannot ${verb} yourself; another member of the secretariat can.`;
      throw new BadUserInputError(message, { personId: message });
    }
    return person;
  }
}
