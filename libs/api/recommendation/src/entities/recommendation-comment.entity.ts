import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Alliance, Person } from '@pakt/api-alliance';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { Recommendation } from './recommendation.entity';

/**
 * A comment on a recommendation: a thread (parentId null) or a reply to one; replies have none of
 * their own. Only threads are resolved. Carries alliance_id so search can restrict by tenant.
 */
@ObjectType('RecommendationComment', { description: 'A thread (top-level comment) or a reply to one' })
@Entity({ name: 'recommendation_comment' })
// Threads of a recommendation oldest first; the replies of a page of threads.
@Index('IDX_recommendation_comment_recommendation_created', ['recommendationId', 'createdAt', 'id'])
@Index('IDX_recommendation_comment_parent_id', ['parentId'])
@Index('IDX_recommendation_comment_alliance_id', ['allianceId'])
@Index('IDX_recommendation_comment_author_person_id', ['authorPersonId'])
export class RecommendationComment {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_recommendation_comment' })
  id!: string;

  @Field(() => Int, { description: 'Changes with every edit; an edit based on an older version is refused' })
  @VersionColumn({ name: 'version', type: 'integer' })
  version!: number;

  @Column({ name: 'recommendation_id', type: 'uuid' })
  recommendationId!: string;

  @ManyToOne(() => Recommendation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recommendation_id', foreignKeyConstraintName: 'FK_recommendation_comment_recommendation' })
  recommendation?: Relation<Recommendation>;

  @Column({ name: 'alliance_id', type: 'uuid' })
  allianceId!: string;

  @ManyToOne(() => Alliance, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'alliance_id', foreignKeyConstraintName: 'FK_recommendation_comment_alliance' })
  alliance?: Relation<Alliance>;

  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId!: string | null;

  @ManyToOne(() => RecommendationComment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'FK_recommendation_comment_parent' })
  parent?: Relation<RecommendationComment> | null;

  @Column({ name: 'author_person_id', type: 'uuid' })
  authorPersonId!: string;

  @ManyToOne(() => Person)
  @JoinColumn({ name: 'author_person_id', foreignKeyConstraintName: 'FK_recommendation_comment_author' })
  author?: Relation<Person>;

  @Field()
  @Column({ type: 'text' })
  body!: string;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt!: Date | null;

  @Column({ name: 'resolved_by_person_id', type: 'uuid', nullable: true })
  resolvedByPersonId!: string | null;

  @ManyToOne(() => Person)
  @JoinColumn({ name: 'resolved_by_person_id', foreignKeyConstraintName: 'FK_recommendation_comment_resolved_by' })
  resolvedBy?: Relation<Person> | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Field()
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
