import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessPolicy, type Actor, NotFoundError } from '@pakt/api-access';
import type { ActionField, Alliance } from '@pakt/api-alliance';
import { Indicator } from '@pakt/api-indicator';
import { InitiativeService, type PublishedInitiative } from '@pakt/api-initiative';
import { Recommendation } from '@pakt/api-recommendation';
import { PUBLISHED_RECOMMENDATION_STATES, planVersionAbilities, type PlanVersionAbilities, wordDiff } from '@pakt/domain';
import { isUUID } from 'class-validator';
import { DataSource, In } from 'typeorm';
import { AlliancePlan, type FrozenIndicator, PlanVersion } from './entities';
import type { PlanLoaders } from './loaders';
import { PlanAccess } from './plan-access';
import { PlanActionFieldSection, PlanRecommendation, PlanSignOff, PlanVersionComparison } from './plan.models';

/** An indicator of an approved version as it was then; `frozen` carries its series and observations. */
export type PlanIndicator = Indicator & { frozen?: Pick<FrozenIndicator, 'series' | 'observations'> };

function thawed(snapshot: FrozenIndicator, allianceId: string): PlanIndicator {
  return Object.assign(new Indicator(), {
    id: snapshot.id,
    allianceId,
    version: snapshot.version,
    name: snapshot.name,
    unit: snapshot.unit,
    description: snapshot.description,
    source: snapshot.source,
    updatedAt: new Date(snapshot.updatedAt),
    createdAt: new Date(snapshot.updatedAt),
    frozen: { series: snapshot.series, observations: snapshot.observations },
  });
}

/** Reads the plan and its versions for those who may see them; the rules live in PlanAccess and @pakt/domain. */
@Injectable()
export class PlanReaderService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly access: PlanAccess,
    private readonly register: InitiativeService,
  ) {}

  /** The alliance's plan; the caller has read the alliance already. */
  planOf(alliance: Alliance, loaders: PlanLoaders): Promise<AlliancePlan | null> {
    return loaders.planOfAlliance.load(alliance.id);
  }

  /** Newest first; unapproved versions only for those who may read drafts. */
  async versions(plan: AlliancePlan, actor: Actor | null, loaders: PlanLoaders): Promise<PlanVersion[]> {
    const [versions, board] = await Promise.all([loaders.versionsOfPlan.load(plan.id), loaders.steeringBoardOfAlliance.load(plan.allianceId)]);
    return versions.filter((version) => this.access.mayRead(actor, version, board));
  }

  async currentVersion(plan: AlliancePlan, loaders: PlanLoaders): Promise<PlanVersion | null> {
    return (await loaders.versionsOfPlan.load(plan.id)).find((version) => version.state === 'APPROVED') ?? null;
  }

  async viewerMayAssemble(plan: AlliancePlan, actor: Actor | null, loaders: PlanLoaders): Promise<boolean> {
    return this.access.mayAssemble(actor, plan.allianceId, await loaders.steeringBoardOfAlliance.load(plan.allianceId));
  }

  /** The version, or null when there is none or the caller may not read it (another alliance's, a draft without plan.read-drafts). */
  async find(id: string, actor: Actor | null, loaders: PlanLoaders): Promise<PlanVersion | null> {
    // An id this api cannot have handed out names nothing.
    if (!isUUID(id)) return null;
    const version = await this.dataSource.getRepository(PlanVersion).findOneBy({ id });
    if (!version) return null;
    return this.access.mayRead(actor, version, await loaders.steeringBoardOfAlliance.load(version.allianceId)) ? version : null;
  }

  /** Like find, but NOT_FOUND instead of null. */
  async get(id: string, actor: Actor | null, loaders: PlanLoaders): Promise<PlanVersion> {
    const version = await this.find(id, actor, loaders);
    if (!version) throw new NotFoundError();
    return version;
  }

  /** In order; an approved version shows its indicators as they were approved. */
  async indicators(version: PlanVersion, loaders: PlanLoaders): Promise<PlanIndicator[]> {
    if (version.frozenIndicators) return version.frozenIndicators.map((snapshot) => thawed(snapshot, version.allianceId));
    const links = await loaders.indicatorLinks.load(version.id);
    const indicators = await loaders.indicator.loadMany(links.map((link) => link.indicatorId));
    return indicators.filter((indicator): indicator is Indicator => indicator instanceof Indicator);
  }

  async recommendations(version: PlanVersion, loaders: PlanLoaders): Promise<PlanRecommendation[]> {
    const links = await loaders.recommendationLinks.load(version.id);
    return links.map((link) => Object.assign(new PlanRecommendation(), { position: link.position, recommendationId: link.recommendationId }));
  }

  async recommendationOf(placed: PlanRecommendation, loaders: PlanLoaders): Promise<Recommendation> {
    const recommendation = await loaders.recommendation.load(placed.recommendationId);
    // The foreign key guarantees the row; a miss means it was deleted during this request.
    if (!recommendation) throw new Error(`Recommendation ${placed.recommendationId} of a plan version is gone`);
    return recommendation;
  }

  /** The version's recommendations in order, loaded. */
  async recommendationList(version: PlanVersion, loaders: PlanLoaders): Promise<Recommendation[]> {
    const links = await loaders.recommendationLinks.load(version.id);
    const loaded = await loaders.recommendation.loadMany(links.map((link) => link.recommendationId));
    return loaded.filter((recommendation): recommendation is Recommendation => recommendation instanceof Recommendation);
  }

  /** Grouped by action field in the alliance's order; each group in the version's order. */
  async sections(version: PlanVersion, loaders: PlanLoaders): Promise<PlanActionFieldSection[]> {
    const [recommendations, actionFields] = await Promise.all([
      this.recommendationList(version, loaders),
      loaders.actionFieldsOfAlliance.load(version.allianceId),
    ]);
    return groupByActionField(recommendations, actionFields);
  }

  /** The register's initiatives that implement the version's recommendations: the plan's initiative section. */
  async initiatives(version: PlanVersion, loaders: PlanLoaders): Promise<PublishedInitiative[]> {
    const links = await loaders.recommendationLinks.load(version.id);
    return this.register.implementing(links.map((link) => link.recommendationId));
  }

  async signOffs(version: PlanVersion, loaders: PlanLoaders): Promise<PlanSignOff[]> {
    const rows = await loaders.signOffs.load(version.id);
    return rows.map((row) => Object.assign(new PlanSignOff(), { role: row.role, personId: row.personId, signedAt: row.signedAt }));
  }

  async abilities(version: PlanVersion, actor: Actor | null, loaders: PlanLoaders): Promise<PlanVersionAbilities> {
    const [board, signOffs, person] = await Promise.all([
      loaders.steeringBoardOfAlliance.load(version.allianceId),
      loaders.signOffs.load(version.id),
      actor ? loaders.personOfAccount.load(`${version.allianceId} ${actor.accountId}`) : Promise.resolve(null),
    ]);
    return planVersionAbilities(
      { state: version.state, signOffs },
      {
        mayAssemble: this.access.mayAssemble(actor, version.allianceId, board),
        signer: this.access.signerOf(actor, person?.id ?? null, version.allianceId, board),
      },
    );
  }

  /** Word diffs of the texts and what was added or removed, between two readable versions of one plan. */
  async compare(fromId: string, toId: string, actor: Actor | null, loaders: PlanLoaders): Promise<PlanVersionComparison> {
    const [from, to] = await Promise.all([this.get(fromId, actor, loaders), this.get(toId, actor, loaders)]);
    // Versions of two plans are not compared; another alliance's id looks like an unknown one.
    if (from.planId !== to.planId) throw new NotFoundError();
    const [fromRecommendations, toRecommendations, fromIndicators, toIndicators] = await Promise.all([
      this.recommendationList(from, loaders),
      this.recommendationList(to, loaders),
      this.indicators(from, loaders),
      this.indicators(to, loaders),
    ]);
    const missingFrom = <T extends { id: string }>(items: T[], other: T[]) => items.filter((item) => !other.some((o) => o.id === item.id));
    return Object.assign(new PlanVersionComparison(), {
      from,
      to,
      title: wordDiff(from.title, to.title),
      situationAssessment: wordDiff(from.situationAssessment, to.situationAssessment),
      initiativesText: wordDiff(from.initiativesText, to.initiativesText),
      commitments: wordDiff(from.commitments, to.commitments),
      addedRecommendations: missingFrom(toRecommendations, fromRecommendations),
      removedRecommendations: missingFrom(fromRecommendations, toRecommendations),
      addedIndicators: missingFrom(toIndicators, fromIndicators),
      removedIndicators: missingFrom(fromIndicators, toIndicators),
    });
  }

  /** APPROVED and ADOPTED recommendations of the alliance, by action field then title, for those who assemble the plan. */
  async candidates(allianceId: string, actor: Actor | null, loaders: PlanLoaders): Promise<Recommendation[]> {
    if (!isUUID(allianceId)) throw new NotFoundError();
    const board = await loaders.steeringBoardOfAlliance.load(allianceId);
    const alliance = await this.dataSource.query<Array<{ id: string }>>(`SELECT id FROM alliance WHERE id = $1`, [allianceId]);
    if (alliance.length === 0) throw new NotFoundError();
    this.policy.assertMay(actor, 'plan.assemble', this.access.scope(allianceId, board));
    const [recommendations, actionFields] = await Promise.all([
      this.dataSource.getRepository(Recommendation).findBy({ allianceId, state: In([...PUBLISHED_RECOMMENDATION_STATES]) }),
      loaders.actionFieldsOfAlliance.load(allianceId),
    ]);
    const order = new Map(actionFields.map((field, index) => [field.id, index]));
    return recommendations.sort(
      (a, b) => (order.get(a.actionFieldId) ?? 0) - (order.get(b.actionFieldId) ?? 0) || a.title.localeCompare(b.title, 'de'),
    );
  }
}

/** The recommendations under their action fields, in the alliance's order of action fields; empty fields left out. */
export function groupByActionField(recommendations: readonly Recommendation[], actionFields: readonly ActionField[]): PlanActionFieldSection[] {
  return actionFields
    .map((actionField) =>
      Object.assign(new PlanActionFieldSection(), {
        actionField,
        recommendations: recommendations.filter((recommendation) => recommendation.actionFieldId === actionField.id),
      }),
    )
    .filter((section) => section.recommendations.length > 0);
}
