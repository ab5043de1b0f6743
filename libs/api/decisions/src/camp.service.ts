import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessPolicy, type Actor, assertAllInAlliance, BadUserInputError, type Caller, findOr404, updateVersioned } from '@pakt/api-access';
import { Alliance, Organisation } from '@pakt/api-alliance';
import { auditActorOf, AuditService } from '@pakt/api-audit';
import { duplicateIds } from '@pakt/domain';
import { DataSource, In, QueryFailedError } from 'typeorm';
import { Camp, CampOrganisation } from './entities';
import type { SaveCampInput } from './inputs';

const NAME_TAKEN = 'The alliance has a camp of this name already.';

/**
 * Camps of organisations (state, employers, employees, others …), kept by the alliance's
 * secretariat. Each organisation sits in at most one camp; a ballot with a double majority needs
 * its majority within each camp. A ballot already open keeps the camps it was opened with.
 */
@Injectable()
export class CampService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly audit: AuditService,
  ) {}

  async camps(actor: Actor | null, allianceId: string): Promise<Camp[]> {
    const alliance = await findOr404(this.dataSource.manager, Alliance, allianceId);
    this.policy.assertMay(actor, 'alliance.read', { allianceId: alliance.id });
    return this.dataSource.manager.find(Camp, { where: { allianceId: alliance.id }, order: { position: 'ASC', name: 'ASC' } });
  }

  async organisations(camp: Camp): Promise<Organisation[]> {
    const links = await this.dataSource.manager.find(CampOrganisation, { where: { campId: camp.id } });
    if (links.length === 0) return [];
    return this.dataSource.manager.find(Organisation, { where: { id: In(links.map((link) => link.organisationId)) }, order: { name: 'ASC' } });
  }

  /** Creates a camp (no id) or replaces its name and organisations; organisations named here leave their previous camp. */
  save(caller: Caller, input: SaveCampInput): Promise<Camp> {
    return this.dataSource
      .transaction(async (manager) => {
        const alliance = await findOr404(manager, Alliance, input.allianceId);
        this.policy.assertMay(caller.actor, 'alliance.administer', { allianceId: alliance.id });
        const duplicates = duplicateIds(input.organisationIds);
        if (duplicates.length > 0) throw new BadUserInputError('Please check your input.', { organisationIds: `Listed more than once: ${duplicates.join(', ')}.` });
        await assertAllInAlliance(manager, Organisation, input.organisationIds, alliance.id);
        let camp: Camp;
        if (input.id) {
          const current = await findOr404(manager, Camp, input.id);
          if (current.allianceId !== alliance.id) throw new BadUserInputError('This camp belongs to another alliance.', { id: 'Not a camp of this alliance.' });
          if (input.version === undefined || input.version === null) {
            throw new BadUserInputError('Please send the version you saw.', { version: 'Required when changing a camp.' });
          }
          camp = await updateVersioned(manager, Camp, current, input.version, { name: input.name.trim() });
        } else {
          const position = await manager.countBy(Camp, { allianceId: alliance.id });
          camp = await manager.save(manager.create(Camp, { allianceId: alliance.id, name: input.name.trim(), position }));
        }
        await manager.delete(CampOrganisation, { campId: camp.id });
        if (input.organisationIds.length > 0) {
          await manager.delete(CampOrganisation, { organisationId: In(input.organisationIds) });
          await manager.insert(
            CampOrganisation,
            input.organisationIds.map((organisationId) => ({ organisationId, campId: camp.id })),
          );
        }
        await this.audit.record(
          {
            ...auditActorOf(caller.req),
            action: input.id ? 'camp.updated' : 'camp.created',
            allianceId: alliance.id,
            objectType: 'Camp',
            objectId: camp.id,
            details: { name: camp.name, organisationIds: input.organisationIds },
          },
          manager,
        );
        return camp;
      })
      .catch((error: unknown) => {
        if (error instanceof QueryFailedError && (error.driverError as { constraint?: string }).constraint === 'UQ_camp_alliance_name') {
          throw new BadUserInputError(NAME_TAKEN, { name: NAME_TAKEN });
        }
        throw error;
      });
  }

  /** Removes the camp; its organisations are in no camp afterwards. */
  delete(caller: Caller, id: string): Promise<Camp> {
    return this.dataSource.transaction(async (manager) => {
      const camp = await findOr404(manager, Camp, id);
      this.policy.assertMay(caller.actor, 'alliance.administer', { allianceId: camp.allianceId });
      await manager.delete(Camp, { id });
      await this.audit.record(
        { ...auditActorOf(caller.req), action: 'camp.deleted', allianceId: camp.allianceId, objectType: 'Camp', objectId: id, details: { name: camp.name } },
        manager,
      );
      return camp;
    });
  }
}
