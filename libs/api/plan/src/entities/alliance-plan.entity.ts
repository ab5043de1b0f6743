import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Alliance, Editable } from '@pakt/api-alliance';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation, Unique } from 'typeorm';

/** The Bündnisplan of an alliance: one per alliance, created with its first version. */
@ObjectType('AlliancePlan', { description: 'The Bündnisplan: one per alliance, with its versions' })
@Entity({ name: 'alliance_plan' })
@Unique('UQ_alliance_plan_alliance', ['allianceId'])
export class AlliancePlan extends Editable {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_alliance_plan' })
  id!: string;

  @Column({ name: 'alliance_id', type: 'uuid' })
  allianceId!: string;

  @ManyToOne(() => Alliance, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'alliance_id', foreignKeyConstraintName: 'FK_alliance_plan_alliance' })
  alliance?: Relation<Alliance>;

  @Field({ description: 'The title of the latest version' })
  @Column({ type: 'varchar', length: 200 })
  title!: string;
}
