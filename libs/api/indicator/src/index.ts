export { Indicator, IndicatorObservation, indicatorEntities } from './entities';
export { IndicatorModule } from './indicator.module';
export { IndicatorService, type IndicatorWithObservations } from './indicator.service';
export { IndicatorLoaderRegistry, type IndicatorLoaders } from './loaders';
