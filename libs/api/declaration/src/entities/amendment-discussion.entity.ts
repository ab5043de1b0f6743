import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Person } from '@pakt/api-alliance';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Amendment } from './amendment.entity';

/** A member's declared support of an amendment; once per person. */
@Entity({ name: 'amendment_support' })
@Index('IDX_amendment_support_person_id', ['personId'])
export class AmendmentSupport {
  @PrimaryColumn({ name: 'amendment_id', type: 'uuid', primaryKeyConstraintName: 'PK_amendment_support' })
  amendmentId!: string;

  @PrimaryColumn({ name: 'person_id', type: 'uuid', primaryKeyConstraintName: 'PK_amendment_support' })
  personId!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @ManyToOne(() => Amendment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'amendment_id', foreignKeyConstraintName: 'FK_amendment_support_amendment' })
  amendment?: Relation<Amendment>;

  @ManyToOne(() => Person)
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'FK_amendment_support_person' })
  person?: Relation<Person>;
}

/** A comment on an amendment, in the order written. */
@ObjectType('AmendmentComment')
@Entity({ name: 'amendment_comment' })
@Index('IDX_amendment_comment_amendment', ['amendmentId', 'createdAt'])
@Index('IDX_amendment_comment_author_person_id', ['authorPersonId'])
export class AmendmentComment {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_amendment_comment' })
  id!: string;

  @Column({ name: 'amendment_id', type: 'uuid' })
  amendmentId!: string;

  @ManyToOne(() => Amendment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'amendment_id', foreignKeyConstraintName: 'FK_amendment_comment_amendment' })
  amendment?: Relation<Amendment>;

  @Column({ name: 'author_person_id', type: 'uuid' })
  authorPersonId!: string;

  @ManyToOne(() => Person)
  @JoinColumn({ name: 'author_person_id', foreignKeyConstraintName: 'FK_amendment_comment_author' })
  author?: Relation<Person>;

  @Field()
  @Column({ type: 'text' })
  body!: string;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
