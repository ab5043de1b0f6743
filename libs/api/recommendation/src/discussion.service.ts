import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Actor, AccessPolicy, BadUserInputError, type Caller, ConflictError, findOr404, ForbiddenError, NotFoundError } from '@pakt/api-access';
import { actingPerson } from '@pakt/api-alliance';
import { auditActorOf, AuditService } from '@pakt/api-audit';
import { mayDiscussRecommendation } from '@pakt/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { factsOf, scopeOf } from './access';
import { Recommendation, RecommendationComment, RecommendationSupport } from './entities';
import type {
  AddRecommendationCommentInput,
  EditRecommendationCommentInput,
  ResolveRecommendationThreadInput,
  SetRecommendationSupportInput,
} from './inputs';

/**
 * Comment threads and support. Whoever discusses must hold recommendation.discuss in the focus
 * group and be able to read the recommendation; a comment is edited only by its author.
 */
@Injectable()
export class RecommendationDiscussionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly audit: AuditService,
  ) {}

  addComment(input: AddRecommendationCommentInput, caller: Caller): Promise<RecommendationComment> {
    return this.dataSource.transaction(async (manager) => {
      const recommendation = await this.discussed(manager, input.recommendationId, caller.actor);
      if (input.parentId) {
        const parent = await manager.findOneBy(RecommendationComment, { id: input.parentId, recommendationId: recommendation.id });
        if (!parent) throw new NotFoundError();
        if (parent.parentId !== null) {
          throw new BadUserInputError('Please check your input.', { parentId: 'A reply cannot be answered; please reply to its thread.' });
        }
      }
      const person = await actingPerson(manager, caller.actor!, recommendation.allianceId);
      const comment = await manager.save(
        manager.create(RecommendationComment, {
          recommendationId: recommendation.id,
          allianceId: recommendation.allianceId,
          parentId: input.parentId ?? null,
          authorPersonId: person.id,
          body: input.body.trim(),
          resolvedAt: null,
          resolvedByPersonId: null,
        }),
      );
      await this.record(manager, caller, 'recommendation.commented', comment, { parentId: comment.parentId });
      return comment;
    });
  }

  editComment(input: EditRecommendationCommentInput, caller: Caller): Promise<RecommendationComment> {
    return this.dataSource.transaction(async (manager) => {
      const comment = await findOr404(manager, RecommendationComment, input.id);
      await this.discussed(manager, comment.recommendationId, caller.actor);
      const person = await actingPerson(manager, caller.actor!, comment.allianceId);
      if (comment.authorPersonId !== person.id) throw new ForbiddenError('Only its author may edit a comment.');
      if (comment.version !== input.version) throw stale(comment);
      const body = input.body.trim();
      if (body === comment.body) return comment;
      const result = await manager
        .createQueryBuilder()
        .update(RecommendationComment)
        .set({ body, version: () => '"version" + 1' })
        .where('id = :id AND version = :version', { id: comment.id, version: input.version })
        .execute();
      const stored = await manager.findOneByOrFail(RecommendationComment, { id: comment.id });
      if (result.affected === 0) throw stale(stored);
      await this.record(manager, caller, 'recommendation.commentEdited', stored, {});
      return stored;
    });
  }

  /** Resolving is no edit of the text: it leaves version and updatedAt (and so `edited`) alone. */
  resolveThread(input: ResolveRecommendationThreadInput, caller: Caller): Promise<RecommendationComment> {
    return this.dataSource.transaction(async (manager) => {
      const thread = await findOr404(manager, RecommendationComment, input.id);
      await this.discussed(manager, thread.recommendationId, caller.actor);
      if (thread.parentId !== null) {
        throw new BadUserInputError('Please check your input.', { id: 'Only a thread is resolved, not a reply to it.' });
      }
      // Setting what is already set changes nothing, and keeps who resolved it first.
      if (input.resolved === (thread.resolvedAt !== null)) return thread;
      const person = await actingPerson(manager, caller.actor!, thread.allianceId);
      if (input.resolved) {
        await manager.query(`UPDATE recommendation_comment SET resolved_at = now(), resolved_by_person_id = $2 WHERE id = $1`, [thread.id, person.id]);
      } else {
        await manager.query(`UPDATE recommendation_comment SET resolved_at = NULL, resolved_by_person_id = NULL WHERE id = $1`, [thread.id]);
      }
      const stored = await manager.findOneByOrFail(RecommendationComment, { id: thread.id });
      await this.record(manager, caller, input.resolved ? 'recommendation.threadResolved' : 'recommendation.threadReopened', stored, {});
      return stored;
    });
  }

  /** Declares or withdraws support; a person counts once however often they declare it. */
  setSupport(input: SetRecommendationSupportInput, caller: Caller): Promise<Recommendation> {
    return this.dataSource.transaction(async (manager) => {
      const recommendation = await this.discussed(manager, input.recommendationId, caller.actor);
      const person = await actingPerson(manager, caller.actor!, recommendation.allianceId);
      const result = input.support
        ? await manager
            .createQueryBuilder()
            .insert()
            .into(RecommendationSupport)
            .values({ recommendationId: recommendation.id, personId: person.id })
            .orIgnore()
            .execute()
        : await manager.delete(RecommendationSupport, { recommendationId: recommendation.id, personId: person.id });
      const changed = input.support ? (result.raw as unknown[]).length > 0 : (result as { affected?: number | null }).affected !== 0;
      if (changed) {
        await this.audit.record(
          {
            ...auditActorOf(caller.req),
            action: input.support ? 'recommendation.supported' : 'recommendation.supportWithdrawn',
            allianceId: recommendation.allianceId,
            objectType: 'Recommendation',
            objectId: recommendation.id,
          },
          manager,
        );
      }
      return recommendation;
    });
  }

  /** The recommendation, if the actor may discuss it: NOT_FOUND outside the alliance, FORBIDDEN without the permission. */
  private async discussed(manager: EntityManager, id: string, actor: Actor | null): Promise<Recommendation> {
    const recommendation = await findOr404(manager, Recommendation, id);
    this.policy.assertMay(actor, 'recommendation.discuss', scopeOf(recommendation));
    if (!mayDiscussRecommendation(actor.grants, factsOf(recommendation))) throw new ForbiddenError();
    return recommendation;
  }

  private async record(
    manager: EntityManager,
    caller: Caller,
    action: string,
    comment: RecommendationComment,
    details: Record<string, unknown>,
  ): Promise<void> {
    await this.audit.record(
      {
        ...auditActorOf(caller.req),
        action,
        allianceId: comment.allianceId,
        objectType: 'RecommendationComment',
        objectId: comment.id,
        details: { ...details, recommendationId: comment.recommendationId },
      },
      manager,
    );
  }
}

/** CONFLICT with the comment as stored now, so the client can show it beside what was typed. */
function stale(comment: RecommendationComment): ConflictError {
  return new ConflictError('Someone changed this comment meanwhile. Please reload and try again.', {
    currentVersion: comment.version,
    current: { version: comment.version, body: comment.body },
  });
}
