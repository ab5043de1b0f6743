export { RecommendationModule } from './recommendation.module';
export { RecommendationAdoptionService } from './adoption.service';
export { RecommendationService } from './recommendation.service';
export { RecommendationLoaderRegistry, type RecommendationLoaders } from './loaders';
export { DiffOperationEnum, DiffSegment } from './diff.model';
export { RecommendationActionEnum, RecommendationStateEnum } from './graphql-enums';
export * from './entities';
export { IdList, PageArgs } from './inputs';
