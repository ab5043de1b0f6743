import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RecommendationAdoptionService } from './adoption.service';
import { RecommendationDiscussionService } from './discussion.service';
import { RecommendationEditingService } from './editing.service';
import { recommendationEntities } from './entities';
import { RecommendationLoaderRegistry } from './loaders';
import {
  RecommendationCommentResolver,
  RecommendationResolver,
  RecommendationRevisionResolver,
  RecommendationTransitionResolver,
} from './recommendation.resolver';
import { RecommendationService } from './recommendation.service';

/** Recommendations (Handlungsempfehlungen): drafting, review workflow, revisions, discussion and support. */
@Module({
  imports: [TypeOrmModule.forFeature(recommendationEntities)],
  providers: [
    RecommendationService,
    RecommendationEditingService,
    RecommendationDiscussionService,
    RecommendationAdoptionService,
    RecommendationLoaderRegistry,
    RecommendationResolver,
    RecommendationCommentResolver,
    RecommendationRevisionResolver,
    RecommendationTransitionResolver,
  ],
  // The plan adopts recommendations and lists them through these.
  exports: [RecommendationAdoptionService, RecommendationService, RecommendationLoaderRegistry],
})
export class RecommendationModule {}
