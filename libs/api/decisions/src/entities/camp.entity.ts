import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Alliance, Editable, Organisation } from '@pakt/api-alliance';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, type Relation, Unique } from 'typeorm';

/** A group of member organisations (state, employers, employees, others …) within which a double majority is counted. */
@ObjectType('Camp', { description: 'A group of organisations for double majorities, set up by the alliance secretariat' })
@Entity({ name: 'camp' })
@Unique('UQ_camp_alliance_name', ['allianceId', 'name'])
export class Camp extends Editable {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_camp' })
  id!: string;

  @Field(() => ID)
  @Column({ name: 'alliance_id', type: 'uuid' })
  allianceId!: string;

  @ManyToOne(() => Alliance, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'alliance_id', foreignKeyConstraintName: 'FK_camp_alliance' })
  alliance?: Relation<Alliance>;

  @Field({ description: '1–100 characters, unique in the alliance' })
  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Field(() => Int)
  @Column({ type: 'integer', default: 0 })
  position!: number;
}

/** An organisation's camp: each organisation sits in at most one. */
@Entity({ name: 'camp_organisation' })
@Index('IDX_camp_organisation_camp_id', ['campId'])
export class CampOrganisation {
  @PrimaryColumn({ name: 'organisation_id', type: 'uuid', primaryKeyConstraintName: 'PK_camp_organisation' })
  organisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'FK_camp_organisation_organisation' })
  organisation?: Relation<Organisation>;

  @Column({ name: 'camp_id', type: 'uuid' })
  campId!: string;

  @ManyToOne(() => Camp, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'camp_id', foreignKeyConstraintName: 'FK_camp_organisation_camp' })
  camp?: Relation<Camp>;
}
