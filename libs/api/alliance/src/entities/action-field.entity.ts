import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation, Unique } from 'typeorm';
import { Alliance } from './alliance.entity';
import { Editable } from './columns';

/** A Handlungsfeld or strategischer Schwerpunkt, e.g. "Fachkräftesicherung in Pflege und Gesundheit". */
@ObjectType('ActionField')
@Entity({ name: 'action_field' })
@Unique('UQ_action_field_alliance_title', ['allianceId', 'title'])
export class ActionField extends Editable {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_action_field' })
  id!: string;

  @Column({ name: 'alliance_id', type: 'uuid' })
  allianceId!: string;

  @ManyToOne(() => Alliance, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'alliance_id', foreignKeyConstraintName: 'FK_action_field_alliance' })
  alliance?: Relation<Alliance>;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Field(() => Int, { description: 'Order in which the alliance lists its action fields (1 first)' })
  @Column({ type: 'integer' })
  position!: number;
}
