import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Editable, Person } from '@pakt/api-alliance';
import {
  AMENDMENT_DECISIONS,
  AMENDMENT_KINDS,
  AMENDMENT_STATES,
  type AmendmentDecision,
  type AmendmentKind,
  type AmendmentState,
} from '@pakt/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation, Unique } from 'typeorm';
import { AmendmentDecisionEnum, AmendmentKindEnum, AmendmentStateEnum } from '../graphql-enums';
import { Declaration } from './declaration.entity';

/**
 * A proposed change of one paragraph: its replacement, a new paragraph after another, or its
 * deletion, with a reason. baseText is the paragraph's wording the change was written against;
 * when another amendment is merged, a non-overlapping one is rebased (baseText and text move on),
 * an overlapping one waits for a new version. proposedText keeps what its author first wrote.
 */
@ObjectType('Amendment', { description: 'A proposed change of one paragraph of a declaration (Änderungsantrag)' })
@Entity({ name: 'amendment' })
@Unique('UQ_amendment_declaration_number', ['declarationId', 'number'])
@Index('IDX_amendment_author_person_id', ['authorPersonId'])
export class Amendment extends Editable {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_amendment' })
  id!: string;

  @Field(() => ID)
  @Column({ name: 'declaration_id', type: 'uuid' })
  declarationId!: string;

  @ManyToOne(() => Declaration, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'declaration_id', foreignKeyConstraintName: 'FK_amendment_declaration' })
  declaration?: Relation<Declaration>;

  @Column({ name: 'alliance_id', type: 'uuid' })
  allianceId!: string;

  @Field(() => Int, { description: 'Numbered from 1 within the declaration, as people cite them ("Ä 3")' })
  @Column({ type: 'integer' })
  number!: number;

  @Field(() => AmendmentKindEnum)
  @Column({ type: 'enum', enum: AMENDMENT_KINDS, enumName: 'amendment_kind' })
  kind!: AmendmentKind;

  @Field({ description: 'The section it changes' })
  @Column({ name: 'section_key', type: 'varchar', length: 64 })
  sectionKey!: string;

  @Field(() => String, { nullable: true, description: 'The paragraph it replaces or deletes; null for an INSERT' })
  @Column({ name: 'paragraph_key', type: 'varchar', length: 64, nullable: true })
  paragraphKey!: string | null;

  @Field(() => String, { nullable: true, description: 'INSERT: the paragraph the new one follows; null: at the start of the section' })
  @Column({ name: 'after_paragraph_key', type: 'varchar', length: 64, nullable: true })
  afterParagraphKey!: string | null;

  @Field({ description: "The paragraph's wording the change is written against; empty for an INSERT" })
  @Column({ name: 'base_text', type: 'text' })
  baseText!: string;

  @Field({ description: 'The new wording (REPLACE, INSERT); empty for a DELETE' })
  @Column({ type: 'text' })
  text!: string;

  @Field({ description: 'What its author first proposed, before rebases and new versions' })
  @Column({ name: 'proposed_text', type: 'text' })
  proposedText!: string;

  @Field()
  @Column({ type: 'text' })
  reason!: string;

  @Field(() => AmendmentStateEnum)
  @Column({ type: 'enum', enum: AMENDMENT_STATES, enumName: 'amendment_state' })
  state!: AmendmentState;

  @Column({ name: 'author_person_id', type: 'uuid' })
  authorPersonId!: string;

  @ManyToOne(() => Person)
  @JoinColumn({ name: 'author_person_id', foreignKeyConstraintName: 'FK_amendment_author' })
  author?: Relation<Person>;

  @Field(() => String, { nullable: true, description: 'The wording the drafting team took over, when they modified it' })
  @Column({ name: 'taken_over_text', type: 'text', nullable: true })
  takenOverText!: string | null;

  @Field(() => AmendmentDecisionEnum, { nullable: true })
  @Column({ type: 'enum', enum: AMENDMENT_DECISIONS, enumName: 'amendment_decision', nullable: true })
  decision!: AmendmentDecision | null;

  @Field(() => ID, { nullable: true, description: 'The ballot that decides or decided it' })
  @Column({ name: 'ballot_id', type: 'uuid', nullable: true })
  ballotId!: string | null;

  @Field(() => String, { nullable: true, description: "The ballot's result in words, or the takeover" })
  @Column({ name: 'decision_note', type: 'text', nullable: true })
  decisionNote!: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;
}
