import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Person } from '@pakt/api-alliance';
import {
  RECOMMENDATION_ACTIONS,
  RECOMMENDATION_STATES,
  type RecommendationAction,
  type RecommendationState,
} from '@pakt/domain';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { RecommendationActionEnum, RecommendationStateEnum } from '../graphql-enums';
import { Recommendation } from './recommendation.entity';

/** One step of the workflow: who (null: the system), when, from which state to which, and why. */
@ObjectType('RecommendationTransition', { description: 'One step of the workflow' })
@Entity({ name: 'recommendation_transition' })
@Index('IDX_recommendation_transition_recommendation_at', ['recommendationId', 'at'])
@Index('IDX_recommendation_transition_actor_person_id', ['actorPersonId'])
export class RecommendationTransition {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_recommendation_transition' })
  id!: string;

  @Column({ name: 'recommendation_id', type: 'uuid' })
  recommendationId!: string;

  @ManyToOne(() => Recommendation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recommendation_id', foreignKeyConstraintName: 'FK_recommendation_transition_recommendation' })
  recommendation?: Relation<Recommendation>;

  @Field(() => RecommendationActionEnum)
  @Column({ type: 'enum', enum: RECOMMENDATION_ACTIONS, enumName: 'recommendation_action' })
  action!: RecommendationAction;

  @Field(() => RecommendationStateEnum)
  @Column({ name: 'from_state', type: 'enum', enum: RECOMMENDATION_STATES, enumName: 'recommendation_state' })
  fromState!: RecommendationState;

  @Field(() => RecommendationStateEnum)
  @Column({ name: 'to_state', type: 'enum', enum: RECOMMENDATION_STATES, enumName: 'recommendation_state' })
  toState!: RecommendationState;

  // Null: the system acted (ADOPT when a plan version is approved). No SET NULL, which would turn a person into the system.
  @Column({ name: 'actor_person_id', type: 'uuid', nullable: true })
  actorPersonId!: string | null;

  @ManyToOne(() => Person)
  @JoinColumn({ name: 'actor_person_id', foreignKeyConstraintName: 'FK_recommendation_transition_actor' })
  actor?: Relation<Person> | null;

  @Field(() => String, { nullable: true, description: 'The reason given (required to return or reject)' })
  @Column({ type: 'text', nullable: true })
  comment!: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;
}
