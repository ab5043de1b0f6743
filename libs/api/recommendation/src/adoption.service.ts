import { Injectable } from '@nestjs/common';
import { BadUserInputError, NotFoundError } from '@pakt/api-access';
import { recommendationTransition } from '@pakt/domain';
import { type EntityManager, In } from 'typeorm';
import { Recommendation, RecommendationTransition } from './entities';

/**
 * What the plan does to recommendations when one of its versions is approved: APPROVED ones become
 * ADOPTED in the plan's own transaction. The system acts, so the transitions name no person.
 */
@Injectable()
export class RecommendationAdoptionService {
  /**
   * Adopts the recommendations inside the caller's transaction. Already ADOPTED ones stay as they
   * are (a second approval of the same content changes nothing); any other state is
   * BAD_USER_INPUT on recommendationIds and nothing is changed; an unknown id is NOT_FOUND.
   */
  async adoptRecommendations(recommendationIds: readonly string[], planVersionNumber: number, manager: EntityManager): Promise<void> {
    const ids = [...new Set(recommendationIds)];
    if (ids.length === 0) return;
    // Locked, so a concurrent withdrawal cannot slip between the check and the change.
    const rows = await manager.find(Recommendation, { where: { id: In(ids) }, order: { id: 'ASC' }, lock: { mode: 'pessimistic_write' } });
    if (rows.length !== ids.length) throw new NotFoundError();
    const refused = rows.filter((row) => row.state !== 'ADOPTED' && recommendationTransition(row.state, 'ADOPT') === null);
    if (refused.length > 0) {
      const titles = refused.map((row) => `"${row.title}" (${row.state})`).join(', ');
      throw new BadUserInputError('Only approved recommendations can be adopted.', {
        recommendationIds: `Only approved recommendations can be adopted: ${titles}.`,
      });
    }
    const adopting = rows.filter((row) => row.state === 'APPROVED');
    if (adopting.length === 0) return;
    await manager
      .createQueryBuilder()
      .update(Recommendation)
      .set({ state: 'ADOPTED', version: () => '"version" + 1' })
      .where({ id: In(adopting.map((row) => row.id)) })
      .execute();
    await manager.insert(
      RecommendationTransition,
      adopting.map((row) => ({
        recommendationId: row.id,
        action: 'ADOPT' as const,
        fromState: row.state,
        toState: 'ADOPTED' as const,
        actorPersonId: null,
        comment: `Bündnisplan, Version ${planVersionNumber}`,
      })),
    );
  }
}
