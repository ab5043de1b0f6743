import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Editable, Organisation, Person } from '@pakt/api-alliance';
import { ENDORSEMENT_STATES, type EndorsementState } from '@pakt/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation, Unique } from 'typeorm';
import { EndorsementStateEnum } from '../graphql-enums';
import { Declaration } from './declaration.entity';

/**
 * A partner organisation's answer to the adopted declaration. One per organisation of the
 * alliance, PENDING from adoption until one of its representatives answers.
 */
@ObjectType('Endorsement', { description: "A partner organisation's answer to the adopted declaration" })
@Entity({ name: 'endorsement' })
@Unique('UQ_endorsement_declaration_organisation', ['declarationId', 'organisationId'])
@Index('IDX_endorsement_organisation_id', ['organisationId'])
@Index('IDX_endorsement_answered_by_person_id', ['answeredByPersonId'])
export class Endorsement extends Editable {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_endorsement' })
  id!: string;

  @Column({ name: 'declaration_id', type: 'uuid' })
  declarationId!: string;

  @ManyToOne(() => Declaration, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'declaration_id', foreignKeyConstraintName: 'FK_endorsement_declaration' })
  declaration?: Relation<Declaration>;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => Organisation)
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'FK_endorsement_organisation' })
  organisation?: Relation<Organisation>;

  @Field(() => EndorsementStateEnum)
  @Column({ type: 'enum', enum: ENDORSEMENT_STATES, enumName: 'endorsement_state' })
  state!: EndorsementState;

  @Field(() => String, { nullable: true, description: 'The reservation, for ENDORSED_WITH_RESERVATION' })
  @Column({ type: 'text', nullable: true })
  reservation!: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt!: Date | null;

  @Column({ name: 'answered_by_person_id', type: 'uuid', nullable: true })
  answeredByPersonId!: string | null;

  @ManyToOne(() => Person)
  @JoinColumn({ name: 'answered_by_person_id', foreignKeyConstraintName: 'FK_endorsement_answered_by' })
  answeredBy?: Relation<Person> | null;

  @Field(() => Date, { nullable: true, description: 'When the secretariat last reminded its representatives' })
  @Column({ name: 'reminded_at', type: 'timestamptz', nullable: true })
  remindedAt!: Date | null;
}
