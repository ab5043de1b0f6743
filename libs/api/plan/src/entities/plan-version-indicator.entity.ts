import { Indicator } from '@pakt/api-indicator';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { PlanVersion } from './plan-version.entity';

/** An indicator shown in a version's situation assessment, at its position (1 first). */
@Entity({ name: 'plan_version_indicator' })
@Index('IDX_plan_version_indicator_indicator_id', ['indicatorId'])
export class PlanVersionIndicator {
  @PrimaryColumn({ name: 'plan_version_id', type: 'uuid', primaryKeyConstraintName: 'PK_plan_version_indicator' })
  planVersionId!: string;

  @PrimaryColumn({ name: 'indicator_id', type: 'uuid', primaryKeyConstraintName: 'PK_plan_version_indicator' })
  indicatorId!: string;

  @ManyToOne(() => PlanVersion, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_version_id', foreignKeyConstraintName: 'FK_plan_version_indicator_plan_version' })
  planVersion?: Relation<PlanVersion>;

  // No cascade: an indicator a plan version shows is not deleted behind its back.
  @ManyToOne(() => Indicator)
  @JoinColumn({ name: 'indicator_id', foreignKeyConstraintName: 'FK_plan_version_indicator_indicator' })
  indicator?: Relation<Indicator>;

  @Column({ type: 'integer' })
  position!: number;
}
