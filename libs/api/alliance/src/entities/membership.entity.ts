import { Field, ID, ObjectType } from '@nestjs/graphql';
import { MEMBERSHIP_ROLES, type MembershipRole, REPRESENTATIONS, type Representation } from '@pakt/domain';
import { LocalDateResolver } from 'graphql-scalars';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation, Unique } from 'typeorm';
import { MembershipRoleEnum, RepresentationEnum } from '../graphql-enums';
import { Alliance } from './alliance.entity';
import { Body } from './body.entity';
import { Editable } from './columns';
import { Organisation } from './organisation.entity';
import { Person } from './person.entity';

/** A person's seat in a body, in a role, for a period, usually on behalf of an organisation. */
@ObjectType('Membership')
@Entity({ name: 'membership' })
@Unique('UQ_membership_body_person_role_since', ['bodyId', 'personId', 'role', 'since'])
@Check('CHK_membership_period', `"until" IS NULL OR "until" >= "since"`)
@Index('IDX_membership_alliance_id', ['allianceId'])
@Index('IDX_membership_person_id', ['personId'])
@Index('IDX_membership_organisation_id', ['organisationId'])
export class Membership extends Editable {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_membership' })
  id!: string;

  @Column({ name: 'alliance_id', type: 'uuid' })
  allianceId!: string;

  @ManyToOne(() => Alliance, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'alliance_id', foreignKeyConstraintName: 'FK_membership_alliance' })
  alliance?: Relation<Alliance>;

  // Indexed through UQ_membership_body_person_role_since, whose first column it is.
  @Column({ name: 'body_id', type: 'uuid' })
  bodyId!: string;

  @ManyToOne(() => Body, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'body_id', foreignKeyConstraintName: 'FK_membership_body' })
  body?: Relation<Body>;

  @Column({ name: 'person_id', type: 'uuid' })
  personId!: string;

  // No cascade: removing a person or an organisation must not silently erase who sat where.
  @ManyToOne(() => Person)
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'FK_membership_person' })
  person?: Relation<Person>;

  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId!: string | null;

  @ManyToOne(() => Organisation)
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'FK_membership_organisation' })
  organisation?: Relation<Organisation> | null;

  @Field(() => MembershipRoleEnum)
  @Column({ type: 'enum', enum: MEMBERSHIP_ROLES, enumName: 'membership_role' })
  role!: MembershipRole;

  @Field(() => LocalDateResolver)
  @Column({ type: 'date' })
  since!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Last day of the membership; null while it lasts' })
  @Column({ type: 'date', nullable: true })
  until!: string | null;

  @Field(() => RepresentationEnum, { nullable: true, description: "Whether the person casts the organisation's vote in this body (PRINCIPAL) or does so in their absence (DEPUTY)" })
  @Column({ type: 'enum', enum: REPRESENTATIONS, enumName: 'representation', nullable: true })
  representation!: Representation | null;
}
