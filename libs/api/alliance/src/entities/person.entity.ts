import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation, Unique } from 'typeorm';
import { Alliance } from './alliance.entity';
import { Editable } from './columns';

/** A participant of an alliance; signs in through the account linked to them, if any. */
@ObjectType('Person')
@Entity({ name: 'person' })
@Index('IDX_person_alliance_id', ['allianceId'])
@Index('IDX_person_account_id', ['accountId'])
@Unique('UQ_person_alliance_account', ['allianceId', 'accountId'])
export class Person extends Editable {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_person' })
  id!: string;

  @Column({ name: 'alliance_id', type: 'uuid' })
  allianceId!: string;

  @ManyToOne(() => Alliance, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'alliance_id', foreignKeyConstraintName: 'FK_person_alliance' })
  alliance?: Relation<Alliance>;

  @Field({ description: 'Name as shown to other participants, e.g. "Dr. Miriam Albrecht"' })
  @Column({ name: 'display_name', type: 'varchar', length: 200 })
  displayName!: string;

  // Not a GraphQL field: who signs in as whom is nobody else's business.
  @Column({ name: 'account_id', type: 'uuid', nullable: true })
  accountId!: string | null;

  // Named by string: the Account entity lives in api-identity, which depends on this library.
  @ManyToOne('Account', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'FK_person_account' })
  account?: object | null;
}
