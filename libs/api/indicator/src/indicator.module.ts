import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { indicatorEntities } from './entities';
import { IndicatorEditingService } from './indicator-editing.service';
import { AllianceIndicatorsResolver, IndicatorResolver } from './indicator.resolver';
import { IndicatorService } from './indicator.service';
import { IndicatorLoaderRegistry } from './loaders';

/** Indicators (Indikatoren/Prognosen): time series entered by hand or imported from CSV, drawn as charts. */
@Module({
  imports: [TypeOrmModule.forFeature(indicatorEntities)],
  providers: [IndicatorService, IndicatorEditingService, IndicatorLoaderRegistry, IndicatorResolver, AllianceIndicatorsResolver],
  exports: [IndicatorService, IndicatorLoaderRegistry],
})
export class IndicatorModule {}
