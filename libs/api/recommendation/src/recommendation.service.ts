import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Actor, AccessPolicy, BadUserInputError, NotFoundError } from '@pakt/api-access';
import { Alliance, Organisation } from '@pakt/api-alliance';
import { DEFAULT_PAGE_SIZE, type Page, pageOf } from '@pakt/api-database';
import { Indicator } from '@pakt/api-indicator';
import {
  type Grant,
  holds,
  mayReadRecommendation,
  PUBLISHED_RECOMMENDATION_STATES,
  type Permission,
  wordDiff,
  hasChanges,
} from '@pakt/domain';
import { isUUID } from 'class-validator';
import { DataSource, In, IsNull } from 'typeorm';
import { cursorOf, factsOf } from './access';
import { Recommendation, RecommendationComment, RecommendationRevision } from './entities';
import type { PageArgs, RecommendationsArgs } from './inputs';
import { timestampPage } from './keyset';

/** One field of compareRevisions. */
export interface FieldDiffResult {
  field: string;
  changed: boolean;
  segments: ReturnType<typeof wordDiff>;
}

/** The focus groups in which the grants give a group-bound permission, and whether they give it in every group (an alliance role). */
function groupsWith(grants: readonly Grant[], permission: Permission, allianceId: string): { all: boolean; groupIds: string[] } {
  const all = grants.some((grant) => grant.bodyId === null && holds([grant], permission, { allianceId }));
  const groupIds = grants.flatMap((grant) =>
    grant.bodyId !== null && holds([grant], permission, { allianceId, bodyId: grant.bodyId }) ? [grant.bodyId] : [],
  );
  return { all, groupIds: [...new Set(groupIds)] };
}

/**
 * What people read of recommendations: a single one, the alliance's list, the review queue, the
 * revisions and their diffs, the threads. Only what mayReadRecommendation allows (@pakt/domain);
 * another alliance's recommendation is null or NOT_FOUND, exactly like one that does not exist.
 */
@Injectable()
export class RecommendationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
  ) {}

  /** The recommendation, or null when there is none or the actor may not read it. */
  async find(id: string, actor: Actor | null): Promise<Recommendation | null> {
    // Not an id this api hands out: nothing to find.
    if (!isUUID(id)) return null;
    const recommendation = await this.dataSource.manager.findOneBy(Recommendation, { id });
    if (!recommendation || !this.policy.reveals(actor, 'alliance.read', { allianceId: recommendation.allianceId })) return null;
    return actor !== null && mayReadRecommendation(actor.grants, factsOf(recommendation)) ? recommendation : null;
  }

  /** The alliance's recommendations the actor may read, newest change first. */
  async page(args: RecommendationsArgs, actor: Actor | null): Promise<Page<Recommendation>> {
    if (!(await this.dataSource.manager.existsBy(Alliance, { id: args.allianceId }))) throw new NotFoundError();
    this.policy.assertMay(actor, 'alliance.read', { allianceId: args.allianceId });
    const readable = groupsWith(actor.grants, 'recommendation.read', args.allianceId);
    const query = this.dataSource.createQueryBuilder(Recommendation, 'r').where('r.alliance_id = :allianceId', { allianceId: args.allianceId });
    // The mirror of mayReadRecommendation: published ones for everyone here, the rest for their group.
    if (!readable.all) {
      query.andWhere('(r.state IN (:...published) OR r.focus_group_id = ANY(CAST(:groupIds AS uuid[])))', {
        published: PUBLISHED_RECOMMENDATION_STATES,
        groupIds: readable.groupIds,
      });
    }
    if (args.focusGroupId) query.andWhere('r.focus_group_id = :focusGroupId', { focusGroupId: args.focusGroupId });
    if (args.actionFieldId) query.andWhere('r.action_field_id = :actionFieldId', { actionFieldId: args.actionFieldId });
    if (args.states && args.states.length > 0) query.andWhere('r.state IN (:...states)', { states: args.states });
    return timestampPage(query, 'updated_at', 'DESC', args);
  }

  /** SUBMITTED recommendations of the groups the actor reviews, longest waiting first (nothing changes them while submitted). */
  async reviewQueue(allianceId: string, actor: Actor | null): Promise<Recommendation[]> {
    if (!isUUID(allianceId)) throw new BadUserInputError('Please check your input.', { allianceId: 'This is not the id of a record.' });
    if (!(await this.dataSource.manager.existsBy(Alliance, { id: allianceId }))) throw new NotFoundError();
    this.policy.assertMay(actor, 'recommendation.review', { allianceId });
    const { groupIds } = groupsWith(actor.grants, 'recommendation.review', allianceId);
    if (groupIds.length === 0) return [];
    return this.dataSource.manager.find(Recommendation, {
      where: { allianceId, state: 'SUBMITTED', focusGroupId: In(groupIds) },
      order: { updatedAt: 'ASC', id: 'ASC' },
    });
  }

  /** The revisions, newest first. */
  async revisions(recommendation: Recommendation, args: PageArgs): Promise<Page<RecommendationRevision>> {
    const first = args.first ?? DEFAULT_PAGE_SIZE;
    const after = cursorOf(args.after, 1);
    const repository = this.dataSource.getRepository(RecommendationRevision);
    const query = repository.createQueryBuilder('v').where('v.recommendation_id = :id', { id: recommendation.id });
    const totalCount = await query.clone().getCount();
    if (after) query.andWhere('v.number < :number', { number: Number(after[0]) });
    const rows = await query.orderBy('v.number', 'DESC').limit(first + 1).getMany();
    return pageOf(rows, first, totalCount, (row) => [row.number]);
  }

  /** The word-level changes from one revision to another, one entry per field, changed or not. */
  async compare(recommendation: Recommendation, from: number, to: number): Promise<FieldDiffResult[]> {
    const revisions = await this.dataSource.manager.findBy(RecommendationRevision, {
      recommendationId: recommendation.id,
      number: In([from, to]),
    });
    const before = revisions.find((revision) => revision.number === from);
    const after = revisions.find((revision) => revision.number === to);
    if (!before || !after) {
      const fields: Record<string, string> = {};
      if (!before) fields.from = `There is no revision ${from}; the latest is ${recommendation.revision}.`;
      if (!after) fields.to = `There is no revision ${to}; the latest is ${recommendation.revision}.`;
      throw new BadUserInputError('Please check your input.', fields);
    }
    const organisationIds = [...new Set([...before.addresseeOrganisationIds, ...after.addresseeOrganisationIds])];
    const indicatorIds = [...new Set([...before.indicatorIds, ...after.indicatorIds])];
    const [organisations, indicators] = await Promise.all([
      organisationIds.length > 0 ? this.dataSource.manager.findBy(Organisation, { id: In(organisationIds) }) : [],
      indicatorIds.length > 0 ? this.dataSource.manager.findBy(Indicator, { id: In(indicatorIds) }) : [],
    ]);
    const organisationNames = new Map(organisations.map((organisation) => [organisation.id, organisation.name]));
    const indicatorNames = new Map(indicators.map((indicator) => [indicator.id, indicator.name]));
    // Addressees as one list: the organisations by name, then the kinds; indicators in the cited order.
    const addressees = (revision: RecommendationRevision) =>
      [
        ...revision.addresseeOrganisationIds.map((id) => organisationNames.get(id) ?? '').sort((a, b) => a.localeCompare(b, 'de')),
        ...[...revision.addresseeKinds].sort(),
      ].join('; ');
    const cited = (revision: RecommendationRevision) => revision.indicatorIds.map((id) => indicatorNames.get(id) ?? '').join('; ');
    const pairs: Array<[string, string, string]> = [
      ['title', before.title, after.title],
      ['problem', before.problem, after.problem],
      ['measure', before.measure, after.measure],
      ['expectedEffect', before.expectedEffect, after.expectedEffect],
      ['timeFrame', before.timeFrame, after.timeFrame],
      ['costNotes', before.costNotes ?? '', after.costNotes ?? ''],
      ['addressees', addressees(before), addressees(after)],
      ['citedIndicators', cited(before), cited(after)],
    ];
    return pairs.map(([field, older, newer]) => {
      const segments = wordDiff(older, newer);
      return { field, changed: hasChanges(segments), segments };
    });
  }

  /** The threads (top-level comments), oldest first. */
  threads(recommendation: Recommendation, args: PageArgs): Promise<Page<RecommendationComment>> {
    const query = this.dataSource
      .getRepository(RecommendationComment)
      .createQueryBuilder('c')
      .where({ recommendationId: recommendation.id, parentId: IsNull() });
    return timestampPage(query, 'created_at', 'ASC', args);
  }
}
