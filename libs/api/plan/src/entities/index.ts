import { AlliancePlan } from './alliance-plan.entity';
import { PlanVersionIndicator } from './plan-version-indicator.entity';
import { PlanVersionRecommendation } from './plan-version-recommendation.entity';
import { PlanVersionSignOff } from './plan-version-sign-off.entity';
import { PlanVersion, type FrozenIndicator } from './plan-version.entity';

export { AlliancePlan, PlanVersion, PlanVersionIndicator, PlanVersionRecommendation, PlanVersionSignOff, type FrozenIndicator };

/** The tables of the Bündnisplan, for TypeOrmModule.forFeature. */
export const planEntities = [AlliancePlan, PlanVersion, PlanVersionIndicator, PlanVersionRecommendation, PlanVersionSignOff];
