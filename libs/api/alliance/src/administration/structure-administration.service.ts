import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessPolicy, assertAllInAlliance, BadUserInputError, type Caller, findOr404, updateVersioned } from '@pakt/api-access';
import { auditActorOf, AuditService } from '@pakt/api-audit';
import { isAgsPrefix, type RegionKind } from '@pakt/domain';
import { DataSource, type EntityManager, Not } from 'typeorm';
import { ActionField, Alliance, Body, BodyActionField, Organisation, Region } from '../entities';

import { uniqueViolationAsInputError } from './editing';
import type {
  CreateActionFieldInput,
  CreateBodyInput,
  CreateOrganisationInput,
  CreateRegionInput,
  UpdateActionFieldInput,
  UpdateAllianceInput,
  UpdateBodyInput,
  UpdateOrganisationInput,
  UpdateRegionInput,
} from './inputs';
import { optionalText } from './text-rules';

/**
 * The secretariat edits its alliance and the structure around it: bodies, action fields,
 * organisations, regions. Each change is one transaction that first loads what it touches, checks
 * the caller may administer that alliance, then writes.
 */
@Injectable()
export class StructureAdministrationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly audit: AuditService,
  ) {}

  updateAlliance(input: UpdateAllianceInput, caller: Caller): Promise<Alliance> {
    return this.change({ caller, action: 'alliance.updated', objectType: 'Alliance', input }, async (manager) => {
      const alliance = await findOr404(manager, Alliance, input.id);
      this.policy.assertMay(caller.actor, 'alliance.administer', { allianceId: alliance.id });
      return updateVersioned(manager, Alliance, alliance, input.version, {
        name: input.name?.trim(),
        shortName: optionalText(input.shortName),
        description: optionalText(input.description),
        state: optionalText(input.state),
        constitutedOn: input.constitutedOn,
      });
    });
  }

  createBody(input: CreateBodyInput, caller: Caller): Promise<Body> {
    return this.change({ caller, action: 'body.created', objectType: 'Body', input }, async (manager) => {
      const alliance = await findOr404(manager, Alliance, input.allianceId);
      this.policy.assertMay(caller.actor, 'alliance.administer', { allianceId: alliance.id });
      await assertAllInAlliance(manager, ActionField, input.actionFieldIds ?? [], alliance.id);
      const body = await manager.save(
        manager.create(Body, {
          allianceId: alliance.id,
          kind: 'FOCUS_GROUP',
          name: input.name.trim(),
          description: optionalText(input.description) ?? null,
        }),
      );
      await this.linkActionFields(manager, body, input.actionFieldIds ?? []);
      return body;
    });
  }

  updateBody(input: UpdateBodyInput, caller: Caller): Promise<Body> {
    return this.change({ caller, action: 'body.updated', objectType: 'Body', input }, async (manager) => {
      const body = await findOr404(manager, Body, input.id);
      this.policy.assertMay(caller.actor, 'alliance.administer', { allianceId: body.allianceId });
      const actionFieldIds = input.actionFieldIds ?? undefined;
      if (actionFieldIds) await assertAllInAlliance(manager, ActionField, actionFieldIds, body.allianceId);
      const updated = await updateVersioned(manager, Body, body, input.version, {
        name: input.name?.trim(),
        description: optionalText(input.description),
      });
      if (actionFieldIds) {
        await manager.delete(BodyActionField, { bodyId: body.id });
        await this.linkActionFields(manager, body, actionFieldIds);
      }
      return updated;
    });
  }

  createActionField(input: CreateActionFieldInput, caller: Caller): Promise<ActionField> {
    return this.change({ caller, action: 'actionField.created', objectType: 'ActionField', input }, async (manager) => {
      const alliance = await findOr404(manager, Alliance, input.allianceId);
      this.policy.assertMay(caller.actor, 'alliance.administer', { allianceId: alliance.id });
      // A new action field comes last in the alliance's list.
      const last = await manager.maximum(ActionField, 'position', { allianceId: alliance.id });
      return manager.save(
        manager.create(ActionField, {
          allianceId: alliance.id,
          title: input.title.trim(),
          description: optionalText(input.description) ?? null,
          position: (last ?? 0) + 1,
        }),
      );
    });
  }

  updateActionField(input: UpdateActionFieldInput, caller: Caller): Promise<ActionField> {
    return this.change({ caller, action: 'actionField.updated', objectType: 'ActionField', input }, async (manager) => {
      const actionField = await findOr404(manager, ActionField, input.id);
      this.policy.assertMay(caller.actor, 'alliance.administer', { allianceId: actionField.allianceId });
      return updateVersioned(manager, ActionField, actionField, input.version, {
        title: input.title?.trim(),
        description: optionalText(input.description),
      });
    });
  }

  createOrganisation(input: CreateOrganisationInput, caller: Caller): Promise<Organisation> {
    return this.change({ caller, action: 'organisation.created', objectType: 'Organisation', input }, async (manager) => {
      const alliance = await findOr404(manager, Alliance, input.allianceId);
      this.policy.assertMay(caller.actor, 'alliance.administer', { allianceId: alliance.id });
      return manager.save(
        manager.create(Organisation, {
          allianceId: alliance.id,
          name: input.name.trim(),
          shortName: optionalText(input.shortName) ?? null,
          kind: input.kind,
        }),
      );
    });
  }

  updateOrganisation(input: UpdateOrganisationInput, caller: Caller): Promise<Organisation> {
    return this.change({ caller, action: 'organisation.updated', objectType: 'Organisation', input }, async (manager) => {
      const organisation = await findOr404(manager, Organisation, input.id);
      this.policy.assertMay(caller.actor, 'alliance.administer', { allianceId: organisation.allianceId });
      return updateVersioned(manager, Organisation, organisation, input.version, {
        name: input.name?.trim(),
        shortName: optionalText(input.shortName),
        kind: input.kind ?? undefined,
      });
    });
  }

  createRegion(input: CreateRegionInput, caller: Caller): Promise<Region> {
    return this.change({ caller, action: 'region.created', objectType: 'Region', input }, async (manager) => {
      const alliance = await findOr404(manager, Alliance, input.allianceId);
      this.policy.assertMay(caller.actor, 'alliance.administer', { allianceId: alliance.id });
      const code = optionalText(input.code) ?? null;
      await this.assertRegionCode(manager, alliance.id, null, input.kind, code);
      return manager.save(manager.create(Region, { allianceId: alliance.id, name: input.name.trim(), kind: input.kind, code }));
    });
  }

  updateRegion(input: UpdateRegionInput, caller: Caller): Promise<Region> {
    return this.change({ caller, action: 'region.updated', objectType: 'Region', input }, async (manager) => {
      const region = await findOr404(manager, Region, input.id);
      this.policy.assertMay(caller.actor, 'alliance.administer', { allianceId: region.allianceId });
      const kind = input.kind ?? region.kind;
      const code = input.code === undefined ? region.code : (optionalText(input.code) ?? null);
      await this.assertRegionCode(manager, region.allianceId, region.id, kind, code);
      return updateVersioned(manager, Region, region, input.version, { name: input.name?.trim(), kind, code });
    });
  }

  /**
   * One transaction per change, its audit entry written in it (with the fields the caller sent);
   * a name that is taken becomes BAD_USER_INPUT on its field.
   */
  private change<T extends { id: string; allianceId?: string }>(
    audit: { caller: Caller; action: string; objectType: string; input: object },
    work: (manager: EntityManager) => Promise<T>,
  ): Promise<T> {
    return this.dataSource
      .transaction(async (manager) => {
        const changed = await work(manager);
        await this.audit.record(
          {
            ...auditActorOf(audit.caller.req),
            action: audit.action,
            allianceId: changed.allianceId ?? changed.id,
            objectType: audit.objectType,
            objectId: changed.id,
            details: { changes: sentFields(audit.input) },
          },
          manager,
        );
        return changed;
      })
      .catch(uniqueViolationAsInputError);
  }

  private async linkActionFields(manager: EntityManager, body: Body, actionFieldIds: readonly string[]): Promise<void> {
    const links = [...new Set(actionFieldIds)].map((actionFieldId) => ({ bodyId: body.id, actionFieldId, allianceId: body.allianceId }));
    if (links.length > 0) await manager.insert(BodyActionField, links);
  }

  /** A region's code is an AGS prefix of its kind, and a district or city lies in the alliance's state. */
  private async assertRegionCode(
    manager: EntityManager,
    allianceId: string,
    regionId: string | null,
    kind: RegionKind,
    code: string | null,
  ): Promise<void> {
    if (code === null) return;
    const state =
      kind === 'STATE'
        ? null
        : await manager.findOneBy(Region, { allianceId, kind: 'STATE', ...(regionId ? { id: Not(regionId) } : {}) });
    if (!isAgsPrefix(code, kind, state?.code ?? undefined)) {
      const expected = kind === 'STATE' ? 'two digits, e.g. "06"' : `five digits${state?.code ? ` starting with "${state.code}"` : ''}, e.g. "06412"`;
      throw new BadUserInputError('Please check your input.', {
        code: `Not a Gemeindeschlüssel of a region of this kind: ${expected}.`,
      });
    }
  }
}

/** The fields an input carried, without the record's id and version (they are the entry's object). */
function sentFields(input: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(input).filter(([key, value]) => value !== undefined && key !== 'id' && key !== 'version'));
}
