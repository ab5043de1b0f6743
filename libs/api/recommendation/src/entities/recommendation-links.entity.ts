import { Organisation, Person } from '@pakt/api-alliance';
import { Indicator } from '@pakt/api-indicator';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Recommendation } from './recommendation.entity';

// The sets a recommendation keeps besides its texts. Each row goes with its recommendation; the
// organisations, indicators and people it names are not deleted while named here.

/** An organisation the recommendation addresses. */
@Entity({ name: 'recommendation_addressee' })
@Index('IDX_recommendation_addressee_organisation_id', ['organisationId'])
export class RecommendationAddressee {
  @PrimaryColumn({ name: 'recommendation_id', type: 'uuid', primaryKeyConstraintName: 'PK_recommendation_addressee' })
  recommendationId!: string;

  @PrimaryColumn({ name: 'organisation_id', type: 'uuid', primaryKeyConstraintName: 'PK_recommendation_addressee' })
  organisationId!: string;

  @ManyToOne(() => Recommendation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recommendation_id', foreignKeyConstraintName: 'FK_recommendation_addressee_recommendation' })
  recommendation?: Relation<Recommendation>;

  @ManyToOne(() => Organisation)
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'FK_recommendation_addressee_organisation' })
  organisation?: Relation<Organisation>;
}

/** An indicator the recommendation cites, in the authors' order. */
@Entity({ name: 'recommendation_indicator' })
@Index('IDX_recommendation_indicator_indicator_id', ['indicatorId'])
export class RecommendationIndicator {
  @PrimaryColumn({ name: 'recommendation_id', type: 'uuid', primaryKeyConstraintName: 'PK_recommendation_indicator' })
  recommendationId!: string;

  @PrimaryColumn({ name: 'indicator_id', type: 'uuid', primaryKeyConstraintName: 'PK_recommendation_indicator' })
  indicatorId!: string;

  @Column({ type: 'integer' })
  position!: number;

  @ManyToOne(() => Recommendation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recommendation_id', foreignKeyConstraintName: 'FK_recommendation_indicator_recommendation' })
  recommendation?: Relation<Recommendation>;

  @ManyToOne(() => Indicator)
  @JoinColumn({ name: 'indicator_id', foreignKeyConstraintName: 'FK_recommendation_indicator_indicator' })
  indicator?: Relation<Indicator>;
}

/** A co-author: whoever created or saved the recommendation, since their first save. */
@Entity({ name: 'recommendation_author' })
@Index('IDX_recommendation_author_person_id', ['personId'])
export class RecommendationAuthor {
  @PrimaryColumn({ name: 'recommendation_id', type: 'uuid', primaryKeyConstraintName: 'PK_recommendation_author' })
  recommendationId!: string;

  @PrimaryColumn({ name: 'person_id', type: 'uuid', primaryKeyConstraintName: 'PK_recommendation_author' })
  personId!: string;

  @Column({ type: 'timestamptz' })
  since!: Date;

  @ManyToOne(() => Recommendation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recommendation_id', foreignKeyConstraintName: 'FK_recommendation_author_recommendation' })
  recommendation?: Relation<Recommendation>;

  @ManyToOne(() => Person)
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'FK_recommendation_author_person' })
  person?: Relation<Person>;
}

/** A person's declared support; once per person. */
@Entity({ name: 'recommendation_support' })
@Index('IDX_recommendation_support_person_id', ['personId'])
export class RecommendationSupport {
  @PrimaryColumn({ name: 'recommendation_id', type: 'uuid', primaryKeyConstraintName: 'PK_recommendation_support' })
  recommendationId!: string;

  @PrimaryColumn({ name: 'person_id', type: 'uuid', primaryKeyConstraintName: 'PK_recommendation_support' })
  personId!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @ManyToOne(() => Recommendation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recommendation_id', foreignKeyConstraintName: 'FK_recommendation_support_recommendation' })
  recommendation?: Relation<Recommendation>;

  @ManyToOne(() => Person)
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'FK_recommendation_support_person' })
  person?: Relation<Person>;
}
