import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique, UpdateDateColumn, VersionColumn } from 'typeorm';

/** What a person signs in with. One account may be a person in several alliances. */
@ObjectType('Account')
@Entity({ name: 'account' })
@Unique('UQ_account_email', ['email'])
@Check('CHK_account_email_lower_case', `"email" = lower("email")`)
export class Account {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_account' })
  id!: string;

  @Field({ description: 'Lower-cased' })
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  /** argon2id (PHC string); null until the account has a password. */
  @Column({ name: 'password_hash', type: 'text', nullable: true })
  passwordHash!: string | null;

  /** Set when the account may no longer sign in; its sessions end at once. */
  @Column({ name: 'deactivated_at', type: 'timestamptz', nullable: true })
  deactivatedAt!: Date | null;

  @VersionColumn({ name: 'version', type: 'integer' })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
