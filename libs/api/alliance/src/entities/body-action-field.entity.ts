import { CreateDateColumn, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { ActionField } from './action-field.entity';
import { Alliance } from './alliance.entity';
import { Body } from './body.entity';

/**
 * Which bodies work on which action fields. An entity of its own rather than an implicit join
 * table so that it carries alliance_id like every other table of a tenant.
 */
@Entity({ name: 'body_action_field' })
@Index('IDX_body_action_field_action_field_id', ['actionFieldId'])
@Index('IDX_body_action_field_alliance_id', ['allianceId'])
export class BodyActionField {
  @PrimaryColumn({ name: 'body_id', type: 'uuid', primaryKeyConstraintName: 'PK_body_action_field' })
  bodyId!: string;

  @PrimaryColumn({ name: 'action_field_id', type: 'uuid', primaryKeyConstraintName: 'PK_body_action_field' })
  actionFieldId!: string;

  @Column({ name: 'alliance_id', type: 'uuid' })
  allianceId!: string;

  @ManyToOne(() => Alliance, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'alliance_id', foreignKeyConstraintName: 'FK_body_action_field_alliance' })
  alliance?: Relation<Alliance>;

  @ManyToOne(() => Body, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'body_id', foreignKeyConstraintName: 'FK_body_action_field_body' })
  body?: Relation<Body>;

  @ManyToOne(() => ActionField, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'action_field_id', foreignKeyConstraintName: 'FK_body_action_field_action_field' })
  actionField?: Relation<ActionField>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
