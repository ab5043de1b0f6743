import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Alliance } from './alliance.entity';
import { Editable } from './columns';

/** A participant of an alliance. Contact data and accounts come with the identity issue. */
@ObjectType('Person')
@Entity({ name: 'person' })
@Index('IDX_person_alliance_id', ['allianceId'])
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
}
