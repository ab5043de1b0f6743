import { RecommendationComment } from './recommendation-comment.entity';
import { RecommendationAddressee, RecommendationAuthor, RecommendationIndicator, RecommendationSupport } from './recommendation-links.entity';
import { RecommendationRevision } from './recommendation-revision.entity';
import { RecommendationTransition } from './recommendation-transition.entity';
import { Recommendation } from './recommendation.entity';

export {
  Recommendation,
  RecommendationAddressee,
  RecommendationAuthor,
  RecommendationComment,
  RecommendationIndicator,
  RecommendationRevision,
  RecommendationSupport,
  RecommendationTransition,
};

/** Every table of recommendations, for TypeOrmModule.forFeature. */
export const recommendationEntities = [
  Recommendation,
  RecommendationAddressee,
  RecommendationIndicator,
  RecommendationAuthor,
  RecommendationRevision,
  RecommendationTransition,
  RecommendationComment,
  RecommendationSupport,
];
