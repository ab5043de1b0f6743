import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessPolicy, type Actor, BadUserInputError, type Caller, ForbiddenError, NotFoundError } from '@pakt/api-access';
import { actingPerson, isRepresentativeOf, Organisation, Person, representedOrganisationIds } from '@pakt/api-alliance';
import { endorsementReminderMail, IDENTITY_SETTINGS, type IdentitySettings, Mailer } from '@pakt/api-identity';
import { checkEndorsement, pendingOrganisations, toLocalDate } from '@pakt/domain';
import { DataSource, type EntityManager, In } from 'typeorm';
import { DeclarationAccess } from './declaration-access';
import { DeclarationService } from './declaration.service';
import { Declaration, Endorsement, type FinalVoteRecord } from './entities';
import type { EndorseDeclarationInput } from './inputs';

/** Where a representative answers: the declaration's page in the web client. */
export function declarationLink(publicUrl: string, declarationId: string): string {
  return `${publicUrl.replace(/\/$/, '')}/declarations/${declarationId}`;
}

/**
 * Adoption and the partners' answers. The final ballot adopts the text (in the engine's closing
 * transaction), which asks every organisation of the alliance for its answer; a representative
 * answers for their organisation; the secretariat reminds those who have not answered.
 */
@Injectable()
export class EndorsementService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly access: DeclarationAccess,
    private readonly declarations: DeclarationService,
    private readonly mailer: Mailer,
    @Inject(IDENTITY_SETTINGS) private readonly settings: IdentitySettings,
  ) {}

  /** FINAL_VOTE → ADOPTED with the ballot's result; every organisation of the alliance is asked (PENDING). */
  async adopt(manager: EntityManager, declaration: Declaration, finalVote: FinalVoteRecord): Promise<void> {
    await manager.update(Declaration, { id: declaration.id }, { phase: 'ADOPTED', adoptedAt: new Date(), finalVote, version: declaration.version + 1 });
    const organisations = await manager.find(Organisation, { where: { allianceId: declaration.allianceId }, select: { id: true } });
    if (organisations.length === 0) return;
    await manager
      .createQueryBuilder()
      .insert()
      .into(Endorsement)
      .values(organisations.map((organisation) => ({ declarationId: declaration.id, organisationId: organisation.id, state: 'PENDING' as const, version: 1 })))
      .orIgnore()
      .execute();
  }

  /** The organisations' answers, by organisation name. */
  async ofDeclaration(declaration: Declaration): Promise<Endorsement[]> {
    const rows = await this.dataSource.manager.find(Endorsement, { where: { declarationId: declaration.id }, relations: { organisation: true } });
    return rows.sort((a, b) => (a.organisation?.name ?? '').localeCompare(b.organisation?.name ?? '', 'de'));
  }

  /** A representative answers for their organisation; someone else: FORBIDDEN. */
  endorse(input: EndorseDeclarationInput, caller: Caller): Promise<Endorsement> {
    return this.dataSource.transaction(async (manager) => {
      const { declaration, actor } = await this.access.forChange(manager, input.declarationId, caller.actor, null);
      const organisation = await manager.findOneBy(Organisation, { id: input.organisationId, allianceId: declaration.allianceId });
      if (!organisation) throw new NotFoundError();
      const person = await actingPerson(manager, actor, declaration.allianceId);
      if (!(await isRepresentativeOf(manager, person.id, organisation.id))) {
        throw new ForbiddenError(`Only a representative of ${organisation.name} may answer for it.`);
      }
      const answer = checkEndorsement(declaration.phase, input.state, input.reservation);
      if (!answer.ok) throw new BadUserInputError('Please check your answer.', answer.refusal.fields);
      // An organisation that joined the alliance after the adoption answers as well.
      const endorsement =
        (await manager.findOneBy(Endorsement, { declarationId: declaration.id, organisationId: organisation.id })) ??
        (await manager.save(manager.create(Endorsement, { declarationId: declaration.id, organisationId: organisation.id, state: 'PENDING' })));
      await manager.update(Endorsement, { id: endorsement.id }, {
        state: answer.value.state,
        reservation: answer.value.reservation,
        answeredAt: new Date(),
        answeredByPersonId: person.id,
        version: endorsement.version + 1,
      });
      await this.declarations.record(manager, caller, 'declaration.endorsement', declaration, {
        organisationId: organisation.id,
        state: answer.value.state,
      });
      return manager.findOneByOrFail(Endorsement, { id: endorsement.id });
    });
  }

  /**
   * The secretariat reminds the organisations that have not answered: each of their current
   * representatives with an account gets a mail, and the endorsement shows when it was sent.
   */
  async remind(declarationId: string, caller: Caller): Promise<Endorsement[]> {
    const { reminded, mails } = await this.dataSource.transaction(async (manager) => {
      const { declaration } = await this.access.forChange(manager, declarationId, caller.actor, 'declaration.steer');
      if (declaration.phase !== 'ADOPTED') {
        throw new BadUserInputError('Only an adopted declaration awaits answers.', { phase: 'The declaration has not been adopted yet.' });
      }
      const pending = pendingOrganisations(await manager.find(Endorsement, { where: { declarationId }, relations: { organisation: true } }));
      if (pending.length === 0) return { reminded: [], mails: [] };
      const representatives = await manager.query<Array<{ organisation_id: string; display_name: string; email: string }>>(
        `SELECT DISTINCT m.organisation_id, p.display_name, a.email FROM membership m
           JOIN person p ON p.id = m.person_id JOIN account a ON a.id = p.account_id
          WHERE m.alliance_id = $1 AND m.organisation_id = ANY($2::uuid[])
            AND m.since <= $3::date AND (m.until IS NULL OR m.until >= $3::date)`,
        [declaration.allianceId, pending.map((endorsement) => endorsement.organisationId), toLocalDate(new Date())],
      );
      const link = declarationLink(this.settings.publicUrl, declaration.id);
      const mails = representatives.map((row) =>
        endorsementReminderMail({
          to: row.email,
          displayName: row.display_name,
          organisationName: pending.find((endorsement) => endorsement.organisationId === row.organisation_id)?.organisation?.name ?? '',
          declarationTitle: declaration.title,
          link,
        }),
      );
      await manager.update(Endorsement, { id: In(pending.map((endorsement) => endorsement.id)) }, { remindedAt: new Date() });
      await this.declarations.record(manager, caller, 'declaration.reminded', declaration, {
        organisationIds: pending.map((endorsement) => endorsement.organisationId),
        mails: mails.length,
      });
      return { reminded: pending.map((endorsement) => endorsement.id), mails };
    });
    // Mail goes out once the reminder is recorded; a failed delivery does not undo it.
    for (const mail of mails) await this.mailer.send(mail);
    return reminded.length === 0 ? [] : this.dataSource.manager.find(Endorsement, { where: { id: In(reminded) } });
  }

  /** The organisations the actor may answer for: those they represent, once the declaration is adopted. */
  async representedBy(declaration: Declaration, actor: Actor | null): Promise<Organisation[]> {
    if (actor === null || declaration.phase !== 'ADOPTED') return [];
    const person = await this.dataSource.manager.findOneBy(Person, { accountId: actor.accountId, allianceId: declaration.allianceId });
    if (!person) return [];
    const ids = await representedOrganisationIds(this.dataSource.manager, person.id, declaration.allianceId);
    return ids.length === 0 ? [] : this.dataSource.manager.find(Organisation, { where: { id: In(ids) }, order: { name: 'ASC' } });
  }

  /** The adopted declarations of the alliance awaiting the answer of an organisation the viewer represents: the in-app reminder. */
  async requests(allianceId: string, actor: Actor | null): Promise<Endorsement[]> {
    this.policy.assertMay(actor, 'alliance.read', { allianceId });
    const person = await this.dataSource.manager.findOneBy(Person, { accountId: actor.accountId, allianceId });
    if (!person) return [];
    const organisationIds = await representedOrganisationIds(this.dataSource.manager, person.id, allianceId);
    if (organisationIds.length === 0) return [];
    return this.dataSource.manager.find(Endorsement, {
      where: { organisationId: In(organisationIds), state: 'PENDING', declaration: { allianceId, phase: 'ADOPTED' } },
      relations: { declaration: true },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }
}
