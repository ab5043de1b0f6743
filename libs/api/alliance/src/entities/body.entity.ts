import { Field, ID, ObjectType } from '@nestjs/graphql';
import { BODY_KINDS, type BodyKind } from '@pakt/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation, Unique } from 'typeorm';
import { BodyKindEnum } from '../graphql-enums';
import { Alliance } from './alliance.entity';
import { Editable } from './columns';

/** The Dachgremium (steering board) or a Fokus-/Arbeitsgruppe (focus group) of an alliance. */
@ObjectType('Body')
@Entity({ name: 'body' })
@Unique('UQ_body_alliance_name', ['allianceId', 'name'])
// An alliance has one steering board.
@Index('UQ_body_one_steering_board', ['allianceId'], { unique: true, where: `"kind" = 'STEERING_BOARD'` })
export class Body extends Editable {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_body' })
  id!: string;

  @Column({ name: 'alliance_id', type: 'uuid' })
  allianceId!: string;

  @ManyToOne(() => Alliance, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'alliance_id', foreignKeyConstraintName: 'FK_body_alliance' })
  alliance?: Relation<Alliance>;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Field(() => BodyKindEnum)
  @Column({ type: 'enum', enum: BODY_KINDS, enumName: 'body_kind' })
  kind!: BodyKind;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  description!: string | null;
}
