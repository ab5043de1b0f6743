import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Alliance, Editable } from '@pakt/api-alliance';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation, Unique } from 'typeorm';

/**
 * An Indikator or Prognose of an alliance: a time series such as the projected shortage of
 * skilled workers by year and qualification level. Its values are `IndicatorObservation`s.
 */
@ObjectType('Indicator', { description: 'A time series of the alliance, e.g. the projected shortage of skilled workers' })
@Entity({ name: 'indicator' })
@Unique('UQ_indicator_alliance_name', ['allianceId', 'name'])
export class Indicator extends Editable {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_indicator' })
  id!: string;

  @Column({ name: 'alliance_id', type: 'uuid' })
  allianceId!: string;

  @ManyToOne(() => Alliance, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'alliance_id', foreignKeyConstraintName: 'FK_indicator_alliance' })
  alliance?: Relation<Alliance>;

  @Field({ description: 'Unique within the alliance, 1–200 characters' })
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Field({ description: 'The unit of every value, e.g. "Personen" or "%", 1–50 characters' })
  @Column({ type: 'varchar', length: 50 })
  unit!: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Field(() => String, { nullable: true, description: 'Where the figures come from, e.g. a study or statistics office' })
  @Column({ type: 'text', nullable: true })
  source!: string | null;
}
