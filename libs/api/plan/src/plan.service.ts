import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AccessPolicy,
  BadUserInputError,
  type Caller,
  ConflictError,
  findOr404,
  ForbiddenError,
  staleVersion,
  updateVersioned,
} from '@pakt/api-access';
import { Alliance, Body, Person } from '@pakt/api-alliance';
import { auditActorOf, AuditService } from '@pakt/api-audit';
import { Indicator, IndicatorService } from '@pakt/api-indicator';
import { Recommendation, RecommendationAdoptionService } from '@pakt/api-recommendation';
import {
  duplicateIds,
  editPlanVersion,
  nextPlanVersionNumber,
  OPEN_PLAN_VERSION_EXISTS,
  PUBLISHED_RECOMMENDATION_STATES,
  type PlanVersionOutcome,
  type PlanVersionRefusal,
  reopenPlanVersion,
  signOffPlanVersion,
  startPlanVersionProblem,
  submitPlanVersion,
} from '@pakt/domain';
import { DataSource, type EntityManager, In, QueryFailedError } from 'typeorm';
import { AlliancePlan, type FrozenIndicator, PlanVersion, PlanVersionIndicator, PlanVersionRecommendation, PlanVersionSignOff } from './entities';
import type { PlanVersionStepInput, StartPlanVersionInput, UpdatePlanVersionInput } from './inputs';
import { PlanAccess } from './plan-access';

/** A refusal of the workflow as the client sees it: FORBIDDEN for a missing role, else BAD_USER_INPUT per field. */
function refused(refusal: PlanVersionRefusal): Error {
  if (refusal.reason === 'NOT_A_SIGNER') return new ForbiddenError(Object.values(refusal.fields)[0]);
  return new BadUserInputError(Object.values(refusal.fields)[0] ?? 'Please check your input.', refusal.fields);
}

function accepted<T>(outcome: PlanVersionOutcome<T>): T {
  if (!outcome.ok) throw refused(outcome.refusal);
  return outcome.value;
}

/**
 * Assembling, submitting, reopening and signing off versions of the Bündnisplan. Each mutation is
 * one transaction that loads what it touches, checks the caller's role on the alliance's steering
 * board, checks the version the client saw, applies the workflow of @pakt/domain and writes its
 * audit entry; a refusal leaves nothing behind.
 */
@Injectable()
export class PlanService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly access: PlanAccess,
    private readonly audit: AuditService,
    private readonly adoption: RecommendationAdoptionService,
    private readonly indicators: IndicatorService,
  ) {}

  /** Creates the plan when needed and a new DRAFT with the latest version's content and lists. */
  start(input: StartPlanVersionInput, caller: Caller): Promise<PlanVersion> {
    return this.change(caller, 'planVersion.started', input, async (manager) => {
      const alliance = await findOr404(manager, Alliance, input.allianceId);
      const board = await this.steeringBoard(manager, alliance.id);
      this.policy.assertMay(caller.actor, 'plan.assemble', this.access.scope(alliance.id, board));
      const plan = await this.planFor(manager, alliance, input.title?.trim());
      // Locked: two people starting at once would otherwise both see no open version.
      await manager.findOne(AlliancePlan, { where: { id: plan.id }, lock: { mode: 'pessimistic_write' } });
      const versions = await manager.find(PlanVersion, { where: { planId: plan.id }, order: { number: 'DESC' } });
      const problem = startPlanVersionProblem(versions);
      if (problem) throw new BadUserInputError(problem, { allianceId: problem });
      const latest = versions[0];
      const version = await manager.save(
        manager.create(PlanVersion, {
          planId: plan.id,
          allianceId: alliance.id,
          number: nextPlanVersionNumber(versions),
          state: 'DRAFT',
          title: input.title?.trim() || latest?.title || plan.title,
          situationAssessment: latest?.situationAssessment ?? '',
          initiativesText: latest?.initiativesText ?? '',
          commitments: latest?.commitments ?? '',
          submittedAt: null,
          approvedAt: null,
          frozenIndicators: null,
        }),
      );
      if (latest) {
        const [indicators, recommendations] = await Promise.all([
          manager.find(PlanVersionIndicator, { where: { planVersionId: latest.id }, order: { position: 'ASC' } }),
          manager.find(PlanVersionRecommendation, { where: { planVersionId: latest.id }, order: { position: 'ASC' } }),
        ]);
        await this.link(manager, version, { indicatorIds: indicators.map((row) => row.indicatorId), recommendationIds: recommendations.map((row) => row.recommendationId) });
      }
      return version;
    });
  }

  /** Content and the complete ordered lists of a DRAFT; ids that are not the alliance's approved recommendations or indicators are named. */
  update(input: UpdatePlanVersionInput, caller: Caller): Promise<PlanVersion> {
    return this.change(caller, 'planVersion.updated', input, async (manager) => {
      const version = await this.loadForAssembly(manager, input.id, caller);
      accepted(editPlanVersion({ state: version.state, signOffs: [] }));
      const indicatorIds = input.indicatorIds ?? undefined;
      const recommendationIds = input.recommendationIds ?? undefined;
      await this.validateLists(manager, version.allianceId, { indicatorIds, recommendationIds });
      const updated = await updateVersioned(manager, PlanVersion, version, input.version, {
        title: input.title?.trim(),
        situationAssessment: input.situationAssessment,
        initiativesText: input.initiativesText,
        commitments: input.commitments,
      });
      if (indicatorIds) await manager.delete(PlanVersionIndicator, { planVersionId: version.id });
      if (recommendationIds) await manager.delete(PlanVersionRecommendation, { planVersionId: version.id });
      await this.link(manager, version, { indicatorIds, recommendationIds });
      return updated;
    });
  }

  submit(input: PlanVersionStepInput, caller: Caller): Promise<PlanVersion> {
    return this.change(caller, 'planVersion.submitted', input, async (manager) => {
      const version = await this.loadForAssembly(manager, input.id, caller);
      if (version.version !== input.version) throw staleVersion(version.version);
      const recommendationCount = await manager.countBy(PlanVersionRecommendation, { planVersionId: version.id });
      accepted(submitPlanVersion({ state: version.state, signOffs: [] }, { situationAssessment: version.situationAssessment, recommendationCount }));
      return updateVersioned(manager, PlanVersion, version, input.version, { state: 'SUBMITTED', submittedAt: new Date() });
    });
  }

  /** Back to DRAFT; the sign-offs given so far are removed. */
  reopen(input: PlanVersionStepInput, caller: Caller): Promise<PlanVersion> {
    return this.change(caller, 'planVersion.reopened', input, async (manager) => {
      const version = await this.loadForAssembly(manager, input.id, caller);
      if (version.version !== input.version) throw staleVersion(version.version);
      const signOffs = await manager.findBy(PlanVersionSignOff, { planVersionId: version.id });
      accepted(reopenPlanVersion({ state: version.state, signOffs }));
      const reopened = await updateVersioned(manager, PlanVersion, version, input.version, { state: 'DRAFT', submittedAt: null });
      await manager.delete(PlanVersionSignOff, { planVersionId: version.id });
      return reopened;
    });
  }

  /**
   * The caller signs in their steering-board role. The second signature approves the version: it is
   * frozen (its indicators' figures copied), published, and its recommendations become ADOPTED, all
   * in this transaction.
   */
  signOff(input: PlanVersionStepInput, caller: Caller): Promise<PlanVersion> {
    return this.change(caller, 'planVersion.signedOff', input, async (manager, details) => {
      const version = await findOr404(manager, PlanVersion, input.id);
      const board = await this.steeringBoard(manager, version.allianceId);
      this.policy.assertMay(caller.actor, 'plan.sign', this.access.scope(version.allianceId, board));
      if (version.version !== input.version) throw staleVersion(version.version);
      const person = await manager.findOneBy(Person, { allianceId: version.allianceId, accountId: caller.actor.accountId });
      const signer = this.access.signerOf(caller.actor, person?.id ?? null, version.allianceId, board);
      if (!signer) throw new ForbiddenError('Only the chair and the deputy chair of the steering board sign off a plan version.');
      const signOffs = await manager.findBy(PlanVersionSignOff, { planVersionId: version.id });
      const result = accepted(signOffPlanVersion({ state: version.state, signOffs }, signer));
      await manager.insert(PlanVersionSignOff, { planVersionId: version.id, role: result.role, personId: signer.personId });
      Object.assign(details, { role: result.role, approved: result.approved });
      if (!result.approved) return updateVersioned(manager, PlanVersion, version, input.version, {});
      const approved = await updateVersioned(manager, PlanVersion, version, input.version, {
        state: 'APPROVED',
        approvedAt: new Date(),
        frozenIndicators: (await this.freezeIndicators(manager, version)) as never,
      });
      const placed = await manager.find(PlanVersionRecommendation, { where: { planVersionId: version.id }, order: { position: 'ASC' } });
      await this.adoption.adoptRecommendations(
        placed.map((row) => row.recommendationId),
        version.number,
        manager,
      );
      // The plan is called what its published version is called.
      await manager.update(AlliancePlan, { id: version.planId }, { title: version.title, version: () => '"version" + 1' });
      return approved;
    });
  }

  /** The indicators of the version with their figures as they are now, in the version's order. */
  private async freezeIndicators(manager: EntityManager, version: PlanVersion): Promise<FrozenIndicator[]> {
    const links = await manager.find(PlanVersionIndicator, { where: { planVersionId: version.id }, order: { position: 'ASC' } });
    const loaded = await this.indicators.withObservations(
      links.map((link) => link.indicatorId),
      manager,
    );
    return loaded.map(({ indicator, series, observations }) => ({
      id: indicator.id,
      version: indicator.version,
      name: indicator.name,
      unit: indicator.unit,
      description: indicator.description,
      source: indicator.source,
      series,
      observations,
      updatedAt: indicator.updatedAt.toISOString(),
    }));
  }

  private async loadForAssembly(manager: EntityManager, id: string, caller: Caller): Promise<PlanVersion> {
    const version = await findOr404(manager, PlanVersion, id);
    const board = await this.steeringBoard(manager, version.allianceId);
    this.policy.assertMay(caller.actor, 'plan.assemble', this.access.scope(version.allianceId, board));
    return version;
  }

  private steeringBoard(manager: EntityManager, allianceId: string): Promise<Body | null> {
    return manager.findOneBy(Body, { allianceId, kind: 'STEERING_BOARD' });
  }

  /** The alliance's plan, created on its first version. */
  private async planFor(manager: EntityManager, alliance: Alliance, title: string | undefined): Promise<AlliancePlan> {
    const existing = await manager.findOneBy(AlliancePlan, { allianceId: alliance.id });
    if (existing) return existing;
    await manager
      .createQueryBuilder()
      .insert()
      .into(AlliancePlan)
      .values({ allianceId: alliance.id, title: title || `Bündnisplan ${alliance.shortName ?? alliance.name}`.slice(0, 200) })
      .orIgnore()
      .execute();
    return manager.findOneByOrFail(AlliancePlan, { allianceId: alliance.id });
  }

  /** No duplicates; every recommendation APPROVED or ADOPTED in this alliance; every indicator the alliance's. */
  private async validateLists(
    manager: EntityManager,
    allianceId: string,
    lists: { indicatorIds?: string[]; recommendationIds?: string[] },
  ): Promise<void> {
    const fields: Record<string, string> = {};
    const { indicatorIds, recommendationIds } = lists;
    if (recommendationIds) {
      const duplicates = duplicateIds(recommendationIds);
      const found = await manager.findBy(Recommendation, { id: In([...new Set(recommendationIds)]), allianceId });
      const unknown = recommendationIds.filter((id) => !found.some((row) => row.id === id));
      const unpublished = found.filter((row) => !(PUBLISHED_RECOMMENDATION_STATES as readonly string[]).includes(row.state));
      if (duplicates.length > 0) fields.recommendationIds = `Listed more than once: ${duplicates.join(', ')}.`;
      else if (unknown.length > 0) fields.recommendationIds = `Not recommendations of this alliance: ${unknown.join(', ')}.`;
      else if (unpublished.length > 0) {
        fields.recommendationIds = `Only approved recommendations can be placed in the plan: ${unpublished.map((row) => `"${row.title}" (${row.state})`).join(', ')}.`;
      }
    }
    if (indicatorIds) {
      const duplicates = duplicateIds(indicatorIds);
      const found = await manager.findBy(Indicator, { id: In([...new Set(indicatorIds)]), allianceId });
      const unknown = indicatorIds.filter((id) => !found.some((row) => row.id === id));
      if (duplicates.length > 0) fields.indicatorIds = `Listed more than once: ${duplicates.join(', ')}.`;
      else if (unknown.length > 0) fields.indicatorIds = `Not indicators of this alliance: ${unknown.join(', ')}.`;
    }
    if (Object.keys(fields).length > 0) throw new BadUserInputError('Please check your input.', fields);
  }

  private async link(manager: EntityManager, version: PlanVersion, lists: { indicatorIds?: string[]; recommendationIds?: string[] }): Promise<void> {
    const { indicatorIds, recommendationIds } = lists;
    if (indicatorIds?.length) {
      await manager.insert(PlanVersionIndicator, indicatorIds.map((indicatorId, index) => ({ planVersionId: version.id, indicatorId, position: index + 1 })));
    }
    if (recommendationIds?.length) {
      await manager.insert(
        PlanVersionRecommendation,
        recommendationIds.map((recommendationId, index) => ({ planVersionId: version.id, recommendationId, position: index + 1 })),
      );
    }
  }

  /** One transaction per mutation with its audit entry; a second open version started at the same moment is refused like the first. */
  private change(
    caller: Caller,
    action: string,
    input: object,
    work: (manager: EntityManager, details: Record<string, unknown>) => Promise<PlanVersion>,
  ): Promise<PlanVersion> {
    return this.dataSource
      .transaction(async (manager) => {
        const details: Record<string, unknown> = {};
        const version = await work(manager, details);
        await this.audit.record(
          {
            ...auditActorOf(caller.req),
            action,
            allianceId: version.allianceId,
            objectType: 'PlanVersion',
            objectId: version.id,
            details: { ...details, number: version.number, state: version.state, changes: sentFields(input) },
          },
          manager,
        );
        return version;
      })
      .catch((error: unknown) => {
        if (error instanceof QueryFailedError) {
          const driverError = error.driverError as { code?: string; constraint?: string };
          if (driverError.code === '23505' && driverError.constraint === 'UQ_plan_version_one_unapproved') {
            throw new BadUserInputError(OPEN_PLAN_VERSION_EXISTS, { allianceId: OPEN_PLAN_VERSION_EXISTS });
          }
          if (driverError.code === '23505' && driverError.constraint?.startsWith('PK_plan_version_sign_off')) {
            throw new ConflictError('Someone else signed off meanwhile. Please reload and try again.');
          }
        }
        throw error;
      });
  }
}

/** The names of the fields the client sent (texts can be long: the audit log needs to know what, not the words). */
function sentFields(input: object): string[] {
  return Object.entries(input)
    .filter(([, value]) => value !== undefined)
    .map(([key]) => key);
}
