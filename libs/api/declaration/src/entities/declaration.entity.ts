import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Alliance, Body, Editable } from '@pakt/api-alliance';
import { DECLARATION_PHASES, type DeclarationPhase, type DeclarationText } from '@pakt/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { DeclarationPhaseEnum } from '../graphql-enums';

/** What the final ballot decided, kept with the adopted text: the engine's result, as the declaration is published with it. */
export interface FinalVoteRecord {
  /** Null for a vote taken before the alliance used Pakt (demo data of an earlier declaration). */
  ballotId: string | null;
  accepted: boolean;
  reason: string;
}

/**
 * A joint declaration (gemeinsame Erklärung) of a body, usually the steering board. `content` is
 * the current text with every paragraph's provenance (DeclarationText in @pakt/domain); it changes
 * by the drafting team's saves while DRAFTING and by merged amendments afterwards, and is frozen
 * once ADOPTED.
 */
@ObjectType('Declaration', { description: 'A joint declaration of a body: drafted, amended, adopted by vote, endorsed by partners' })
@Entity({ name: 'declaration' })
@Index('IDX_declaration_alliance_id', ['allianceId'])
@Index('IDX_declaration_body_id', ['bodyId'])
export class Declaration extends Editable {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_declaration' })
  id!: string;

  @Field(() => ID)
  @Column({ name: 'alliance_id', type: 'uuid' })
  allianceId!: string;

  @ManyToOne(() => Alliance, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'alliance_id', foreignKeyConstraintName: 'FK_declaration_alliance' })
  alliance?: Relation<Alliance>;

  @Field(() => ID)
  @Column({ name: 'body_id', type: 'uuid' })
  bodyId!: string;

  @ManyToOne(() => Body)
  @JoinColumn({ name: 'body_id', foreignKeyConstraintName: 'FK_declaration_body' })
  body?: Relation<Body>;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Field(() => DeclarationPhaseEnum)
  @Column({ type: 'enum', enum: DECLARATION_PHASES, enumName: 'declaration_phase' })
  phase!: DeclarationPhase;

  @Column({ type: 'jsonb' })
  content!: DeclarationText;

  @Field(() => Int, { description: "The current revision's number; every save of the drafting team adds one" })
  @Column({ type: 'integer' })
  revision!: number;

  @Field(() => Date, { nullable: true, description: 'When the final ballot adopted it' })
  @Column({ name: 'adopted_at', type: 'timestamptz', nullable: true })
  adoptedAt!: Date | null;

  @Column({ name: 'final_vote', type: 'jsonb', nullable: true })
  finalVote!: FinalVoteRecord | null;
}
