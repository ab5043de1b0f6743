import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Alliance, Body, MembershipRoleEnum, Organisation } from '@pakt/api-alliance';
import { MEMBERSHIP_ROLES, type MembershipRole } from '@pakt/domain';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation, Unique } from 'typeorm';
import { Account } from './account.entity';

/**
 * The secretariat's invitation of a person into a body, in a role. The link in the mail carries a
 * token; only its sha256 is stored. Accepting it once creates the membership (and the account).
 */
@ObjectType('Invitation')
@Entity({ name: 'invitation' })
@Unique('UQ_invitation_token_hash', ['tokenHash'])
@Check('CHK_invitation_email_lower_case', `"email" = lower("email")`)
@Index('IDX_invitation_alliance_id', ['allianceId'])
@Index('IDX_invitation_body_id', ['bodyId'])
@Index('IDX_invitation_email', ['email'])
export class Invitation {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_invitation' })
  id!: string;

  @Column({ name: 'alliance_id', type: 'uuid' })
  allianceId!: string;

  @ManyToOne(() => Alliance, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'alliance_id', foreignKeyConstraintName: 'FK_invitation_alliance' })
  alliance?: Relation<Alliance>;

  @Column({ name: 'body_id', type: 'uuid' })
  bodyId!: string;

  @ManyToOne(() => Body, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'body_id', foreignKeyConstraintName: 'FK_invitation_body' })
  body?: Relation<Body>;

  @Field(() => MembershipRoleEnum)
  @Column({ type: 'enum', enum: MEMBERSHIP_ROLES, enumName: 'membership_role' })
  role!: MembershipRole;

  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId!: string | null;

  @ManyToOne(() => Organisation, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'FK_invitation_organisation' })
  organisation?: Relation<Organisation> | null;

  @Field({ description: 'Lower-cased' })
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Field({ description: 'The name the person will be shown with' })
  @Column({ name: 'display_name', type: 'varchar', length: 200 })
  displayName!: string;

  @Column({ name: 'token_hash', type: 'varchar', length: 64 })
  tokenHash!: string;

  @Column({ name: 'invited_by_account_id', type: 'uuid', nullable: true })
  invitedByAccountId!: string | null;

  @ManyToOne(() => Account, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'invited_by_account_id', foreignKeyConstraintName: 'FK_invitation_invited_by' })
  invitedBy?: Relation<Account> | null;

  @Field()
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true })
  acceptedAt!: Date | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
