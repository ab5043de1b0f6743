import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ActionField, Alliance, Body, Editable, OrganisationKindEnum, Person } from '@pakt/api-alliance';
import { ORGANISATION_KINDS, RECOMMENDATION_STATES, type OrganisationKind, type RecommendationState } from '@pakt/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { RecommendationStateEnum } from '../graphql-enums';

/**
 * A Handlungsempfehlung: drafted in a focus group for one of its action fields, reviewed by the
 * group's chair or deputy, adopted into the Bündnisplan. Texts a draft has not filled in yet are
 * empty strings; SUBMIT needs them (missingForSubmission in @pakt/domain).
 */
@ObjectType('Recommendation', { description: 'A Handlungsempfehlung of a focus group' })
@Entity({ name: 'recommendation' })
// The alliance's list, newest change first; a focus group's list by state; the review queue.
@Index('IDX_recommendation_alliance_updated', ['allianceId', 'updatedAt', 'id'])
@Index('IDX_recommendation_focus_group_state', ['focusGroupId', 'state'])
@Index('IDX_recommendation_action_field_id', ['actionFieldId'])
@Index('IDX_recommendation_created_by_person_id', ['createdByPersonId'])
export class Recommendation extends Editable {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_recommendation' })
  id!: string;

  @Column({ name: 'alliance_id', type: 'uuid' })
  allianceId!: string;

  @ManyToOne(() => Alliance, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'alliance_id', foreignKeyConstraintName: 'FK_recommendation_alliance' })
  alliance?: Relation<Alliance>;

  @Column({ name: 'focus_group_id', type: 'uuid' })
  focusGroupId!: string;

  // No cascade: a body or action field with recommendations must not vanish with them.
  @ManyToOne(() => Body)
  @JoinColumn({ name: 'focus_group_id', foreignKeyConstraintName: 'FK_recommendation_focus_group' })
  focusGroup?: Relation<Body>;

  @Column({ name: 'action_field_id', type: 'uuid' })
  actionFieldId!: string;

  @ManyToOne(() => ActionField)
  @JoinColumn({ name: 'action_field_id', foreignKeyConstraintName: 'FK_recommendation_action_field' })
  actionField?: Relation<ActionField>;

  @Field(() => RecommendationStateEnum)
  @Column({ type: 'enum', enum: RECOMMENDATION_STATES, enumName: 'recommendation_state' })
  state!: RecommendationState;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Field({ description: 'The problem the measure answers; empty while a draft lacks it' })
  @Column({ type: 'text' })
  problem!: string;

  @Field({ description: 'The measure itself; empty while a draft lacks it' })
  @Column({ type: 'text' })
  measure!: string;

  @Field(() => [OrganisationKindEnum], { description: 'Kinds of organisation addressed, besides named organisations' })
  @Column({ name: 'addressee_kinds', type: 'enum', enum: ORGANISATION_KINDS, enumName: 'organisation_kind', array: true })
  addresseeKinds!: OrganisationKind[];

  @Field()
  @Column({ name: 'expected_effect', type: 'text' })
  expectedEffect!: string;

  @Field()
  @Column({ name: 'time_frame', type: 'varchar', length: 200 })
  timeFrame!: string;

  @Field(() => String, { nullable: true })
  @Column({ name: 'cost_notes', type: 'text', nullable: true })
  costNotes!: string | null;

  @Field(() => Int, { description: "The current revision's number; every save adds one" })
  @Column({ type: 'integer' })
  revision!: number;

  @Column({ name: 'created_by_person_id', type: 'uuid' })
  createdByPersonId!: string;

  @ManyToOne(() => Person)
  @JoinColumn({ name: 'created_by_person_id', foreignKeyConstraintName: 'FK_recommendation_created_by' })
  createdBy?: Relation<Person>;
}
