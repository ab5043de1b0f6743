import { Recommendation } from '@pakt/api-recommendation';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { PlanVersion } from './plan-version.entity';

/** An approved recommendation placed in a version, at its position (1 first). */
@Entity({ name: 'plan_version_recommendation' })
@Index('IDX_plan_version_recommendation_recommendation_id', ['recommendationId'])
export class PlanVersionRecommendation {
  @PrimaryColumn({ name: 'plan_version_id', type: 'uuid', primaryKeyConstraintName: 'PK_plan_version_recommendation' })
  planVersionId!: string;

  @PrimaryColumn({ name: 'recommendation_id', type: 'uuid', primaryKeyConstraintName: 'PK_plan_version_recommendation' })
  recommendationId!: string;

  @ManyToOne(() => PlanVersion, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_version_id', foreignKeyConstraintName: 'FK_plan_version_recommendation_plan_version' })
  planVersion?: Relation<PlanVersion>;

  // No cascade: a recommendation a plan version contains stays.
  @ManyToOne(() => Recommendation)
  @JoinColumn({ name: 'recommendation_id', foreignKeyConstraintName: 'FK_plan_version_recommendation_recommendation' })
  recommendation?: Relation<Recommendation>;

  @Column({ type: 'integer' })
  position!: number;
}
