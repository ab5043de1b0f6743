import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ORGANISATION_KINDS, type OrganisationKind } from '@pakt/domain';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation, Unique } from 'typeorm';
import { OrganisationKindEnum } from '../graphql-enums';
import { Alliance } from './alliance.entity';
import { Editable } from './columns';

/** A Bündnispartner: ministry, chamber, union, … represented in the alliance by people. */
@ObjectType('Organisation')
@Entity({ name: 'organisation' })
@Unique('UQ_organisation_alliance_name', ['allianceId', 'name'])
export class Organisation extends Editable {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_organisation' })
  id!: string;

  // Covered by UQ_organisation_alliance_name, whose first column it is.
  @Column({ name: 'alliance_id', type: 'uuid' })
  allianceId!: string;

  @ManyToOne(() => Alliance, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'alliance_id', foreignKeyConstraintName: 'FK_organisation_alliance' })
  alliance?: Relation<Alliance>;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Field(() => String, { nullable: true })
  @Column({ name: 'short_name', type: 'varchar', length: 80, nullable: true })
  shortName!: string | null;

  @Field(() => OrganisationKindEnum)
  @Column({ type: 'enum', enum: ORGANISATION_KINDS, enumName: 'organisation_kind' })
  kind!: OrganisationKind;
}
