import { IndicatorObservation } from './indicator-observation.entity';
import { Indicator } from './indicator.entity';

export { Indicator, IndicatorObservation };

/** The tables of indicators, for TypeOrmModule.forFeature. */
export const indicatorEntities = [Indicator, IndicatorObservation];
