import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation, Unique } from 'typeorm';
import { Indicator } from './indicator.entity';

/** One value of an indicator: a series (e.g. "Akademisch") in a period (a year). */
@ObjectType('IndicatorObservation')
@Entity({ name: 'indicator_observation' })
@Unique('UQ_indicator_observation_indicator_series_period', ['indicatorId', 'series', 'period'])
export class IndicatorObservation {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_indicator_observation' })
  id!: string;

  @Column({ name: 'indicator_id', type: 'uuid' })
  indicatorId!: string;

  @ManyToOne(() => Indicator, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'indicator_id', foreignKeyConstraintName: 'FK_indicator_observation_indicator' })
  indicator?: Relation<Indicator>;

  @Field({ description: 'The series, e.g. "Insgesamt" or "Berufliche Ausbildung"' })
  @Column({ type: 'varchar', length: 100 })
  series!: string;

  @Field(() => Int, { description: 'The year' })
  @Column({ type: 'integer' })
  period!: number;

  @Field(() => Float)
  @Column({ type: 'double precision' })
  value!: number;

  /** The order of the series: the position of the series' first appearance (0 first). */
  @Column({ type: 'integer' })
  position!: number;
}
