import { Field, ID, ObjectType } from '@nestjs/graphql';
import { REGION_KINDS, type RegionKind } from '@pakt/domain';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation, Unique } from 'typeorm';
import { RegionKindEnum } from '../graphql-enums';
import { Alliance } from './alliance.entity';
import { Editable } from './columns';

/** A state, district or independent city the alliance works in; workshops and initiatives are placed in regions. */
@ObjectType('Region')
@Entity({ name: 'region' })
@Unique('UQ_region_alliance_name', ['allianceId', 'name'])
@Unique('UQ_region_alliance_code', ['allianceId', 'code'])
export class Region extends Editable {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_region' })
  id!: string;

  @Column({ name: 'alliance_id', type: 'uuid' })
  allianceId!: string;

  @ManyToOne(() => Alliance, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'alliance_id', foreignKeyConstraintName: 'FK_region_alliance' })
  alliance?: Relation<Alliance>;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Field(() => RegionKindEnum)
  @Column({ type: 'enum', enum: REGION_KINDS, enumName: 'region_kind' })
  kind!: RegionKind;

  @Field(() => String, { nullable: true, description: 'Prefix of the Amtlicher Gemeindeschlüssel, e.g. "06412" Frankfurt am Main' })
  @Column({ type: 'varchar', length: 8, nullable: true })
  code!: string | null;
}
