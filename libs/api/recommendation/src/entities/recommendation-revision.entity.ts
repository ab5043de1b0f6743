import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Person } from '@pakt/api-alliance';
import { ORGANISATION_KINDS, type OrganisationKind } from '@pakt/domain';
import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation, Unique } from 'typeorm';
import { Recommendation } from './recommendation.entity';

/**
 * The content as one save left it: every save (creation and each update that changes content) adds
 * one, numbered from 1, so any two can be compared. Addressees and indicators are kept as id lists:
 * a revision is a snapshot, not a live link.
 */
@ObjectType('RecommendationRevision', { description: 'The content as one save left it' })
@Entity({ name: 'recommendation_revision' })
// Also the index for a recommendation's revisions, newest first.
@Unique('UQ_recommendation_revision_number', ['recommendationId', 'number'])
export class RecommendationRevision {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_recommendation_revision' })
  id!: string;

  @Column({ name: 'recommendation_id', type: 'uuid' })
  recommendationId!: string;

  @ManyToOne(() => Recommendation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recommendation_id', foreignKeyConstraintName: 'FK_recommendation_revision_recommendation' })
  recommendation?: Relation<Recommendation>;

  @Field(() => Int)
  @Column({ type: 'integer' })
  number!: number;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Field()
  @Column({ type: 'text' })
  problem!: string;

  @Field()
  @Column({ type: 'text' })
  measure!: string;

  @Field()
  @Column({ name: 'expected_effect', type: 'text' })
  expectedEffect!: string;

  @Field()
  @Column({ name: 'time_frame', type: 'varchar', length: 200 })
  timeFrame!: string;

  @Field(() => String, { nullable: true })
  @Column({ name: 'cost_notes', type: 'text', nullable: true })
  costNotes!: string | null;

  @Column({ name: 'addressee_kinds', type: 'enum', enum: ORGANISATION_KINDS, enumName: 'organisation_kind', array: true })
  addresseeKinds!: OrganisationKind[];

  @Column({ name: 'addressee_organisation_ids', type: 'uuid', array: true })
  addresseeOrganisationIds!: string[];

  @Column({ name: 'indicator_ids', type: 'uuid', array: true })
  indicatorIds!: string[];

  // Who saved it; SET NULL would only matter if people were ever deleted (they are anonymised).
  @Column({ name: 'author_person_id', type: 'uuid', nullable: true })
  authorPersonId!: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_person_id', foreignKeyConstraintName: 'FK_recommendation_revision_author' })
  author?: Relation<Person> | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
