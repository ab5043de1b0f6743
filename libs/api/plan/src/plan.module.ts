import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SignedInSessionGuard } from '@pakt/api-access';
import { IndicatorModule } from '@pakt/api-indicator';
import { RecommendationModule } from '@pakt/api-recommendation';
import { planEntities } from './entities';
import { PlanExportController } from './export/export.controller';
import { PlanExportService } from './export/plan-export.service';
import { PlanLoaderRegistry } from './loaders';
import { PlanAccess } from './plan-access';
import { PlanReaderService } from './plan-reader.service';
import {
  AlliancePlanFieldResolver,
  AlliancePlanResolver,
  PlanRecommendationResolver,
  PlanSignOffResolver,
  PlanVersionResolver,
} from './plan.resolver';
import { PlanService } from './plan.service';

/** The Bündnisplan: versions assembled from approved recommendations and indicators, signed off, published and exported. */
@Module({
  imports: [TypeOrmModule.forFeature(planEntities), IndicatorModule, RecommendationModule],
  controllers: [PlanExportController],
  providers: [
    PlanAccess,
    PlanExportService,
    SignedInSessionGuard,
    PlanLoaderRegistry,
    PlanReaderService,
    PlanService,
    PlanVersionResolver,
    PlanRecommendationResolver,
    PlanSignOffResolver,
    AlliancePlanResolver,
    AlliancePlanFieldResolver,
  ],
})
export class PlanModule {}
