import { BadUserInputError } from '@pakt/api-access';
import { decodeCursor } from '@pakt/api-database';
import type { RecommendationFacts } from '@pakt/domain';
import type { Recommendation } from './entities';

/** The scope of the group-bound permissions (recommendation.*): the recommendation's focus group. */
export function scopeOf(recommendation: Pick<Recommendation, 'allianceId' | 'focusGroupId'>) {
  return { allianceId: recommendation.allianceId, bodyId: recommendation.focusGroupId };
}

export function factsOf(recommendation: Pick<Recommendation, 'allianceId' | 'focusGroupId' | 'state'>): RecommendationFacts {
  return { allianceId: recommendation.allianceId, focusGroupId: recommendation.focusGroupId, state: recommendation.state };
}

/** The values in a cursor this list handed out, or BAD_USER_INPUT on `after`. */
export function cursorOf(after: string | null | undefined, length: number): (string | number)[] | null {
  if (!after) return null;
  const values = decodeCursor(after, length);
  if (values === null) throw new BadUserInputError('Please check your input.', { after: 'This is not a cursor of this list.' });
  return values;
}
