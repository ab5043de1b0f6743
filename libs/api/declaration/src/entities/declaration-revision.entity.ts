import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Person } from '@pakt/api-alliance';
import type { DeclarationText } from '@pakt/domain';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation, Unique } from 'typeorm';
import { Declaration } from './declaration.entity';

/** The text as one save of the drafting team left it, numbered from 1, so any two compare as a word diff. */
@ObjectType('DeclarationRevision', { description: 'The text as one save of the drafting team left it' })
@Entity({ name: 'declaration_revision' })
@Unique('UQ_declaration_revision_number', ['declarationId', 'number'])
@Index('IDX_declaration_revision_author_person_id', ['authorPersonId'])
export class DeclarationRevision {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_declaration_revision' })
  id!: string;

  @Column({ name: 'declaration_id', type: 'uuid' })
  declarationId!: string;

  @ManyToOne(() => Declaration, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'declaration_id', foreignKeyConstraintName: 'FK_declaration_revision_declaration' })
  declaration?: Relation<Declaration>;

  @Field(() => Int)
  @Column({ type: 'integer' })
  number!: number;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'jsonb' })
  content!: DeclarationText;

  @Field(() => ID, { nullable: true, description: 'The amendment whose merge made this revision; null for a save of the drafting team' })
  @Column({ name: 'amendment_id', type: 'uuid', nullable: true })
  amendmentId!: string | null;

  @Column({ name: 'author_person_id', type: 'uuid', nullable: true })
  authorPersonId!: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_person_id', foreignKeyConstraintName: 'FK_declaration_revision_author' })
  author?: Relation<Person> | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
