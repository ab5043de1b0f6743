import { registerEnumType } from '@nestjs/graphql';
import { DIFF_OPERATIONS, RECOMMENDATION_ACTIONS, RECOMMENDATION_STATES } from '@pakt/domain';

// GraphQL enums and PostgreSQL enum types come from the domain's lists, so there is one source.
function enumObject<const T extends readonly string[]>(values: T): { [K in T[number]]: K } {
  return Object.fromEntries(values.map((value) => [value, value])) as { [K in T[number]]: K };
}

export const RecommendationStateEnum = enumObject(RECOMMENDATION_STATES);
export const RecommendationActionEnum = enumObject(RECOMMENDATION_ACTIONS);
export const DiffOperationEnum = enumObject(DIFF_OPERATIONS);

registerEnumType(RecommendationStateEnum, {
  name: 'RecommendationState',
  description: 'DRAFT → SUBMITTED → RETURNED or APPROVED → ADOPTED; REJECTED and WITHDRAWN end it',
});
registerEnumType(RecommendationActionEnum, {
  name: 'RecommendationAction',
  description: 'ADOPT is taken only by the system, when a plan version containing the recommendation is approved',
});
registerEnumType(DiffOperationEnum, {
  name: 'DiffOperation',
  description: 'EQUAL: in both texts; INSERT: only in the newer; DELETE: only in the older',
});
