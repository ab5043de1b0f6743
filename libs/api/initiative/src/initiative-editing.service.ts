import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AccessPolicy,
  BadUserInputError,
  type Caller,
  findOr404,
  ForbiddenError,
  staleVersion,
  updateVersioned,
} from '@pakt/api-access';
import { ActionField, actingPerson, Organisation, optionalText, Region } from '@pakt/api-alliance';
import { auditActorOf, AuditService } from '@pakt/api-audit';
import { Recommendation } from '@pakt/api-recommendation';
import {
  checkInitiativeStatusChange,
  isValidInitiativePeriod,
  mayEditInitiative,
  mayReportOnInitiative,
  PARTNER_MESSAGES,
  partnerProblem,
  PUBLISHED_RECOMMENDATION_STATES,
  toLocalDate,
  type InitiativeKind,
  type InitiativeStatus,
  type InitiativeStatusRefusal,
  type ReportingCycle,
} from '@pakt/domain';
import { DataSource, type EntityManager, In, type ObjectLiteral, type Repository } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import {
  Initiative,
  InitiativeActionField,
  InitiativeIndicator,
  InitiativeIndicatorValue,
  InitiativeMilestone,
  InitiativePartner,
  InitiativeProgressReport,
  InitiativeRecommendation,
  InitiativeRegion,
  InitiativeReminder,
  InitiativeStatusChange,
} from './entities';
import { InitiativeAccess } from './initiative-access';
import type {
  AddInitiativeIndicatorInput,
  AddInitiativeMilestoneInput,
  ChangeInitiativeStatusInput,
  CreateInitiativeInput,
  FileProgressReportInput,
  UpdateInitiativeIndicatorInput,
  UpdateInitiativeInput,
  UpdateInitiativeMilestoneInput,
} from './inputs';

/** Everything of an initiative that is written as one: its columns and its sets. */
export interface InitiativeContent {
  name: string;
  description: string;
  kind: InitiativeKind;
  leadOrganisationId: string;
  partnerOrganisationIds: string[];
  actionFieldIds: string[];
  regionIds: string[];
  recommendationIds: string[];
  targetGroups: string[];
  startOn: string;
  endOn: string | null;
  fundingNotes: string | null;
  reportingCycle: ReportingCycle;
}

const CHECK_INPUT = 'Please check your input.';

const unique = <T>(values: readonly T[]): T[] => [...new Set(values)];

/** The first time an initiative enters the history, in German like the rest of the demo notes a user reads. */
export const REGISTERED_NOTE = 'In das Register aufgenommen';

/**
 * Changes to initiatives. Each is one transaction that loads what it changes, checks the caller
 * (the secretariat, or the representatives of the initiative's organisations, see @pakt/domain),
 * validates against the alliance's records, writes with optimistic locking where people edit the
 * same record, and leaves an audit entry. A refused change writes nothing.
 */
@Injectable()
export class InitiativeEditingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly access: InitiativeAccess,
    private readonly audit: AuditService,
  ) {}

  create(input: CreateInitiativeInput, caller: Caller): Promise<Initiative> {
    return this.dataSource.transaction(async (manager) => {
      this.policy.assertMay(caller.actor, 'initiative.manage', { allianceId: input.allianceId });
      const content: InitiativeContent = {
        name: input.name.trim(),
        description: input.description?.trim() ?? '',
        kind: input.kind,
        leadOrganisationId: input.leadOrganisationId,
        partnerOrganisationIds: unique(input.partnerOrganisationIds ?? []),
        actionFieldIds: unique(input.actionFieldIds),
        regionIds: unique(input.regionIds ?? []),
        recommendationIds: unique(input.recommendationIds ?? []),
        targetGroups: unique((input.targetGroups ?? []).map((group) => group.trim()).filter((group) => group !== '')),
        startOn: input.startOn,
        endOn: input.endOn ?? null,
        fundingNotes: optionalText(input.fundingNotes) ?? null,
        reportingCycle: input.reportingCycle ?? 'QUARTERLY',
      };
      await this.assertContent(manager, input.allianceId, content, null);
      const person = await actingPerson(manager, caller.actor, input.allianceId);
      const [initiative] = await this.insert(manager, input.allianceId, [{ ...content, status: input.status ?? 'PLANNED' }], person.id);
      await this.record(manager, caller, 'initiative.created', initiative!, { name: content.name, status: initiative!.status });
      return initiative!;
    });
  }

  /**
   * Writes new initiatives with their sets and the first entry of their history (effective on
   * the start, or today when they start later). Shared by create and import.
   */
  async insert(
    manager: EntityManager,
    allianceId: string,
    contents: ReadonlyArray<InitiativeContent & { status: InitiativeStatus }>,
    personId: string | null,
  ): Promise<Initiative[]> {
    const today = toLocalDate(new Date());
    const initiatives = await manager.save(
      contents.map((content) =>
        manager.create(Initiative, {
          allianceId,
          name: content.name,
          description: content.description,
          kind: content.kind,
          status: content.status,
          leadOrganisationId: content.leadOrganisationId,
          targetGroups: content.targetGroups,
          startOn: content.startOn,
          endOn: content.endOn,
          fundingNotes: content.fundingNotes,
          reportingCycle: content.reportingCycle,
          latestPercent: null,
          lastReportOn: null,
          createdByPersonId: personId,
        }),
      ),
      { chunk: 500 },
    );
    const pairs = initiatives.map((initiative, index) => ({ initiative, content: contents[index]! }));
    await insertChunked(manager, InitiativePartner, pairs.flatMap(({ initiative, content }) => content.partnerOrganisationIds.map((organisationId) => ({ initiativeId: initiative.id, organisationId }))));
    await insertChunked(manager, InitiativeActionField, pairs.flatMap(({ initiative, content }) => content.actionFieldIds.map((actionFieldId) => ({ initiativeId: initiative.id, actionFieldId }))));
    await insertChunked(manager, InitiativeRegion, pairs.flatMap(({ initiative, content }) => content.regionIds.map((regionId) => ({ initiativeId: initiative.id, regionId }))));
    await insertChunked(
      manager,
      InitiativeRecommendation,
      pairs.flatMap(({ initiative, content }) => content.recommendationIds.map((recommendationId) => ({ initiativeId: initiative.id, recommendationId }))),
    );
    await insertChunked(
      manager,
      InitiativeStatusChange,
      pairs.map(({ initiative }) => ({
        initiativeId: initiative.id,
        allianceId,
        fromStatus: null,
        toStatus: initiative.status,
        effectiveOn: initiative.startOn < today ? initiative.startOn : today,
        note: REGISTERED_NOTE,
        actorPersonId: personId,
      })),
    );
    return initiatives;
  }

  update(input: UpdateInitiativeInput, caller: Caller): Promise<Initiative> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.editable(manager, input.id, caller);
      if (current.version !== input.version) throw staleVersion(current.version);
      const before = await this.contentOf(manager, current);
      const after: InitiativeContent = {
        name: input.name === undefined ? before.name : input.name.trim(),
        description: input.description === undefined ? before.description : (input.description?.trim() ?? ''),
        kind: input.kind ?? before.kind,
        leadOrganisationId: input.leadOrganisationId ?? before.leadOrganisationId,
        partnerOrganisationIds: input.partnerOrganisationIds == null ? before.partnerOrganisationIds : unique(input.partnerOrganisationIds),
        actionFieldIds: input.actionFieldIds == null ? before.actionFieldIds : unique(input.actionFieldIds),
        regionIds: input.regionIds == null ? before.regionIds : unique(input.regionIds),
        recommendationIds: input.recommendationIds == null ? before.recommendationIds : unique(input.recommendationIds),
        targetGroups:
          input.targetGroups == null ? before.targetGroups : unique(input.targetGroups.map((group) => group.trim()).filter((group) => group !== '')),
        startOn: input.startOn ?? before.startOn,
        endOn: input.endOn === undefined ? before.endOn : input.endOn,
        fundingNotes: input.fundingNotes === undefined ? before.fundingNotes : (optionalText(input.fundingNotes) ?? null),
        reportingCycle: input.reportingCycle ?? before.reportingCycle,
      };
      await this.assertContent(manager, current.allianceId, after, current.id);
      const updated = await updateVersioned(manager, Initiative, current, input.version, {
        name: after.name,
        description: after.description,
        kind: after.kind,
        leadOrganisationId: after.leadOrganisationId,
        targetGroups: after.targetGroups,
        startOn: after.startOn,
        endOn: after.endOn,
        fundingNotes: after.fundingNotes,
        reportingCycle: after.reportingCycle,
      });
      const initiativeId = current.id;
      await replaceSet(manager, InitiativePartner, initiativeId, before.partnerOrganisationIds, after.partnerOrganisationIds, (organisationId) => ({ initiativeId, organisationId }));
      await replaceSet(manager, InitiativeActionField, initiativeId, before.actionFieldIds, after.actionFieldIds, (actionFieldId) => ({ initiativeId, actionFieldId }));
      await replaceSet(manager, InitiativeRegion, initiativeId, before.regionIds, after.regionIds, (regionId) => ({ initiativeId, regionId }));
      await replaceSet(manager, InitiativeRecommendation, initiativeId, before.recommendationIds, after.recommendationIds, (recommendationId) => ({
        initiativeId,
        recommendationId,
      }));
      const fields = (Object.keys(after) as Array<keyof InitiativeContent>).filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
      await this.record(manager, caller, 'initiative.updated', updated, { fields });
      return updated;
    });
  }

  changeStatus(input: ChangeInitiativeStatusInput, caller: Caller): Promise<Initiative> {
    return this.dataSource.transaction(async (manager) => {
      const current = await findOr404(manager, Initiative, input.id);
      this.policy.assertMay(caller.actor, 'initiative.read', { allianceId: current.allianceId });
      const { standing } = await this.access.facts(manager, caller.actor, current);
      if (current.version !== input.version) throw staleVersion(current.version);
      const today = toLocalDate(new Date());
      const effectiveOn = input.effectiveOn ?? today;
      const [last] = await manager.query<Array<{ on: string | null }>>(
        `SELECT max(effective_on)::text AS on FROM initiative_status_change WHERE initiative_id = $1`,
        [current.id],
      );
      const check = checkInitiativeStatusChange(
        caller.actor.grants,
        { allianceId: current.allianceId, status: current.status },
        standing,
        { to: input.status, note: input.note, effectiveOn },
        { today, lastChangeOn: last?.on ?? null },
      );
      if (!check.ok) throw statusRefusal(check.refusal, current.status, input.status, last?.on ?? null);
      const person = await actingPerson(manager, caller.actor, current.allianceId);
      const updated = await updateVersioned(manager, Initiative, current, input.version, { status: input.status });
      const note = input.note.trim();
      await manager.insert(InitiativeStatusChange, {
        initiativeId: current.id,
        allianceId: current.allianceId,
        fromStatus: current.status,
        toStatus: input.status,
        effectiveOn,
        note,
        actorPersonId: person.id,
      });
      await this.record(manager, caller, 'initiative.statusChanged', updated, { from: current.status, to: input.status, effectiveOn, note });
      return updated;
    });
  }

  addMilestone(input: AddInitiativeMilestoneInput, caller: Caller): Promise<InitiativeMilestone> {
    return this.dataSource.transaction(async (manager) => {
      const initiative = await this.editable(manager, input.initiativeId, caller);
      const milestone = await manager.save(
        manager.create(InitiativeMilestone, { initiativeId: initiative.id, allianceId: initiative.allianceId, title: input.title.trim(), dueOn: input.dueOn, doneOn: null }),
      );
      await this.record(manager, caller, 'initiative.milestoneAdded', initiative, { milestoneId: milestone.id, title: milestone.title, dueOn: milestone.dueOn });
      return milestone;
    });
  }

  updateMilestone(input: UpdateInitiativeMilestoneInput, caller: Caller): Promise<InitiativeMilestone> {
    return this.dataSource.transaction(async (manager) => {
      const current = await findOr404(manager, InitiativeMilestone, input.id);
      const initiative = await this.editable(manager, current.initiativeId, caller);
      if (current.version !== input.version) throw staleVersion(current.version);
      const today = toLocalDate(new Date());
      let doneOn = current.doneOn;
      if (input.done === false) doneOn = null;
      else if (input.done === true) doneOn = input.doneOn ?? today;
      else if (input.doneOn != null) {
        throw new BadUserInputError(CHECK_INPUT, { doneOn: 'Give doneOn together with done: true.' });
      }
      if (doneOn !== null && doneOn > today) throw new BadUserInputError(CHECK_INPUT, { doneOn: 'A milestone cannot be done in the future.' });
      const updated = await updateVersioned(manager, InitiativeMilestone, current, input.version, {
        title: input.title?.trim(),
        dueOn: input.dueOn ?? undefined,
        doneOn,
      });
      await this.record(manager, caller, 'initiative.milestoneUpdated', initiative, {
        milestoneId: updated.id,
        title: updated.title,
        dueOn: updated.dueOn,
        doneOn: updated.doneOn,
      });
      return updated;
    });
  }

  removeMilestone(id: string, caller: Caller): Promise<Initiative> {
    return this.dataSource.transaction(async (manager) => {
      const milestone = await findOr404(manager, InitiativeMilestone, id);
      const initiative = await this.editable(manager, milestone.initiativeId, caller);
      await manager.delete(InitiativeMilestone, { id: milestone.id });
      await this.record(manager, caller, 'initiative.milestoneRemoved', initiative, { milestoneId: milestone.id, title: milestone.title });
      return initiative;
    });
  }

  fileReport(input: FileProgressReportInput, caller: Caller): Promise<InitiativeProgressReport> {
    return this.dataSource.transaction(async (manager) => {
      const initiative = await findOr404(manager, Initiative, input.initiativeId);
      this.policy.assertMay(caller.actor, 'initiative.read', { allianceId: initiative.allianceId });
      const { standing } = await this.access.facts(manager, caller.actor, initiative);
      if (!mayReportOnInitiative(caller.actor.grants, { allianceId: initiative.allianceId, status: initiative.status }, standing)) {
        throw new ForbiddenError('Only the secretariat and the representatives of the initiative’s organisations may report on it.');
      }
      const today = toLocalDate(new Date());
      const reportedOn = input.reportedOn ?? today;
      const fields: Record<string, string> = {};
      if (initiative.status !== 'RUNNING' && initiative.status !== 'PAUSED') {
        fields.initiativeId = `Progress is reported while an initiative is running or paused; this one is ${initiative.status}.`;
      }
      if (reportedOn > today) fields.reportedOn = 'A report cannot be dated in the future.';
      else if (reportedOn < initiative.startOn) fields.reportedOn = `A report cannot be dated before the start (${initiative.startOn}).`;
      const values = input.indicatorValues ?? [];
      const indicatorIds = values.map((value) => value.indicatorId);
      if (new Set(indicatorIds).size !== indicatorIds.length) fields.indicatorValues = 'Each indicator once, please.';
      else if (indicatorIds.length > 0) {
        const own = await manager.countBy(InitiativeIndicator, { id: In(indicatorIds), initiativeId: initiative.id });
        if (own !== indicatorIds.length) fields.indicatorValues = 'Values can only be given for this initiative’s own indicators.';
      }
      if (Object.keys(fields).length > 0) throw new BadUserInputError(CHECK_INPUT, fields);
      const person = await actingPerson(manager, caller.actor, initiative.allianceId);
      const report = await manager.save(
        manager.create(InitiativeProgressReport, {
          initiativeId: initiative.id,
          reportedOn,
          percent: input.percent,
          narrative: input.narrative.trim(),
          authorPersonId: person.id,
        }),
      );
      if (values.length > 0) {
        await manager.insert(
          InitiativeIndicatorValue,
          values.map((value) => ({ indicatorId: value.indicatorId, reportId: report.id, measuredOn: reportedOn, value: value.value })),
        );
      }
      await recordLatestReport(manager, initiative.id, reportedOn, input.percent);
      // The report answers every reminder for this initiative.
      await manager
        .createQueryBuilder()
        .update(InitiativeReminder)
        .set({ dismissedAt: () => 'now()' })
        .where('initiative_id = :id AND dismissed_at IS NULL', { id: initiative.id })
        .execute();
      await this.record(manager, caller, 'initiative.reported', initiative, { reportId: report.id, reportedOn, percent: input.percent });
      return report;
    });
  }

  addIndicator(input: AddInitiativeIndicatorInput, caller: Caller): Promise<InitiativeIndicator> {
    return this.dataSource.transaction(async (manager) => {
      const initiative = await this.editable(manager, input.initiativeId, caller);
      const name = input.name.trim();
      await assertIndicatorNameFree(manager, initiative.id, name, null);
      const indicator = await manager.save(
        manager.create(InitiativeIndicator, { initiativeId: initiative.id, name, unit: input.unit.trim(), baseline: input.baseline, target: input.target }),
      );
      await this.record(manager, caller, 'initiative.indicatorAdded', initiative, { indicatorId: indicator.id, name });
      return indicator;
    });
  }

  updateIndicator(input: UpdateInitiativeIndicatorInput, caller: Caller): Promise<InitiativeIndicator> {
    return this.dataSource.transaction(async (manager) => {
      const current = await findOr404(manager, InitiativeIndicator, input.id);
      const initiative = await this.editable(manager, current.initiativeId, caller);
      if (current.version !== input.version) throw staleVersion(current.version);
      const name = input.name?.trim();
      if (name !== undefined) await assertIndicatorNameFree(manager, initiative.id, name, current.id);
      const updated = await updateVersioned(manager, InitiativeIndicator, current, input.version, {
        name,
        unit: input.unit?.trim(),
        baseline: input.baseline ?? undefined,
        target: input.target ?? undefined,
      });
      await this.record(manager, caller, 'initiative.indicatorUpdated', initiative, { indicatorId: updated.id, name: updated.name });
      return updated;
    });
  }

  /** The initiative, if the caller may change it (the secretariat or a representative of its lead organisation). */
  private async editable(manager: EntityManager, id: string, caller: Caller): Promise<Initiative> {
    const initiative = await findOr404(manager, Initiative, id);
    this.policy.assertMay(caller.actor, 'initiative.read', { allianceId: initiative.allianceId });
    const { standing } = await this.access.facts(manager, caller.actor, initiative);
    if (!mayEditInitiative(caller.actor.grants, { allianceId: initiative.allianceId, status: initiative.status }, standing)) {
      throw new ForbiddenError('Only the secretariat and the representatives of the lead organisation may change this initiative.');
    }
    return initiative;
  }

  private async contentOf(manager: EntityManager, initiative: Initiative): Promise<InitiativeContent> {
    const ids = async <E extends { initiativeId: string }>(entity: new () => E, key: keyof E) =>
      (await manager.findBy(entity, { initiativeId: initiative.id } as never)).map((row) => row[key] as string).sort();
    return {
      name: initiative.name,
      description: initiative.description,
      kind: initiative.kind,
      leadOrganisationId: initiative.leadOrganisationId,
      partnerOrganisationIds: await ids(InitiativePartner, 'organisationId'),
      actionFieldIds: await ids(InitiativeActionField, 'actionFieldId'),
      regionIds: await ids(InitiativeRegion, 'regionId'),
      recommendationIds: await ids(InitiativeRecommendation, 'recommendationId'),
      targetGroups: initiative.targetGroups,
      startOn: initiative.startOn,
      endOn: initiative.endOn,
      fundingNotes: initiative.fundingNotes,
      reportingCycle: initiative.reportingCycle,
    };
  }

  /**
   * The rules a stored initiative keeps, each broken one a message on its field: the period, the
   * partners, a free name, and that everything it names is the alliance's (an id of another
   * alliance reads exactly like one that does not exist). Recommendations must be approved or adopted.
   */
  private async assertContent(manager: EntityManager, allianceId: string, content: InitiativeContent, selfId: string | null): Promise<void> {
    const fields: Record<string, string> = {};
    if (!isValidInitiativePeriod(content.startOn, content.endOn)) fields.endOn = 'The end cannot be before the start.';
    const partners = partnerProblem(content.kind, content.leadOrganisationId, content.partnerOrganisationIds);
    if (partners !== null) fields[partners === 'SINGLE_WITH_PARTNERS' ? 'kind' : 'partnerOrganisationIds'] = PARTNER_MESSAGES[partners];
    const sameName = await manager
      .createQueryBuilder(Initiative, 'i')
      .where('i.alliance_id = :allianceId AND lower(i.name) = lower(:name)', { allianceId, name: content.name })
      .andWhere(selfId === null ? 'TRUE' : 'i.id <> :selfId', { selfId })
      .getExists();
    if (sameName) fields.name = 'An initiative of this name is already in the register.';
    const missing = async <E extends { id: string; allianceId: string }>(entity: new () => E, ids: readonly string[]) =>
      ids.length > 0 && (await manager.countBy(entity, { id: In([...ids]), allianceId } as never)) !== ids.length;
    if (await missing(Organisation, [content.leadOrganisationId])) fields.leadOrganisationId = 'There is no such organisation in this alliance.';
    if (await missing(Organisation, content.partnerOrganisationIds)) fields.partnerOrganisationIds = 'There is no such organisation in this alliance.';
    if (await missing(ActionField, content.actionFieldIds)) fields.actionFieldIds = 'There is no such action field in this alliance.';
    if (await missing(Region, content.regionIds)) fields.regionIds = 'There is no such region in this alliance.';
    if (content.recommendationIds.length > 0) {
      const published = await manager.countBy(Recommendation, {
        id: In(content.recommendationIds),
        allianceId,
        state: In([...PUBLISHED_RECOMMENDATION_STATES]),
      });
      if (published !== content.recommendationIds.length) {
        fields.recommendationIds = 'Initiatives implement approved or adopted recommendations of this alliance only.';
      }
    }
    if (Object.keys(fields).length > 0) throw new BadUserInputError(CHECK_INPUT, fields);
  }

  private async record(manager: EntityManager, caller: Caller, action: string, initiative: Initiative, details: Record<string, unknown>): Promise<void> {
    await this.audit.record(
      { ...auditActorOf(caller.req), action, allianceId: initiative.allianceId, objectType: 'Initiative', objectId: initiative.id, details },
      manager,
    );
  }
}

/** Makes the report the initiative's latest unless a report of a later day is already there. */
export async function recordLatestReport(manager: EntityManager, initiativeId: string, reportedOn: string, percent: number): Promise<void> {
  await manager.query(
    `UPDATE initiative SET latest_percent = $3, last_report_on = $2::date
      WHERE id = $1 AND (last_report_on IS NULL OR last_report_on <= $2::date)`,
    [initiativeId, reportedOn, percent],
  );
}

async function insertChunked<E extends ObjectLiteral>(manager: EntityManager, entity: new () => E, rows: ReadonlyArray<QueryDeepPartialEntity<E>>): Promise<void> {
  for (let start = 0; start < rows.length; start += 1_000) await manager.insert(entity, rows.slice(start, start + 1_000) as never);
}

/** Replaces a set of an initiative when it changed. */
async function replaceSet<E extends { initiativeId: string }>(
  manager: EntityManager,
  entity: new () => E,
  initiativeId: string,
  before: readonly string[],
  after: readonly string[],
  row: (id: string) => E,
): Promise<void> {
  if ([...before].sort().join() === [...after].sort().join()) return;
  const repository: Repository<E> = manager.getRepository(entity);
  await repository.delete({ initiativeId } as never);
  if (after.length > 0) await repository.insert(after.map(row) as never);
}

async function assertIndicatorNameFree(manager: EntityManager, initiativeId: string, name: string, selfId: string | null): Promise<void> {
  const other = await manager.findOneBy(InitiativeIndicator, { initiativeId, name });
  if (other && other.id !== selfId) throw new BadUserInputError(CHECK_INPUT, { name: 'This initiative already has an indicator of this name.' });
}

/** The error for a refused status change: the role is FORBIDDEN, everything else is the input's fault. */
function statusRefusal(reason: InitiativeStatusRefusal, from: InitiativeStatus, to: InitiativeStatus, lastChangeOn: string | null): Error {
  switch (reason) {
    case 'NOT_PERMITTED':
      return new ForbiddenError('Only the secretariat and the representatives of the lead organisation may change the status.');
    case 'WRONG_STATE':
      return new BadUserInputError(`An initiative that is ${from} cannot become ${to}.`, { status: `An initiative that is ${from} cannot become ${to}.` });
    case 'NOTE_REQUIRED':
      return new BadUserInputError('Please say why.', { note: to === 'CANCELLED' ? 'Please give the reason for cancelling.' : 'Please add a note.' });
    case 'INVALID_DATE':
      return new BadUserInputError(CHECK_INPUT, { effectiveOn: 'This is not a date.' });
    case 'IN_FUTURE':
      return new BadUserInputError(CHECK_INPUT, { effectiveOn: 'A status change cannot take effect in the future.' });
    case 'BEFORE_LAST_CHANGE':
      return new BadUserInputError(CHECK_INPUT, { effectiveOn: `The last change took effect on ${lastChangeOn}; this one cannot be earlier.` });
  }
}
