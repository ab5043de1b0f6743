import { Field, ID, ObjectType } from '@nestjs/graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Editable } from './columns';

/** A Bündnis, Pakt or Netzwerk: the tenant every other record belongs to. */
@ObjectType('Alliance')
@Entity({ name: 'alliance' })
@Unique('UQ_alliance_slug', ['slug'])
export class Alliance extends Editable {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_alliance' })
  id!: string;

  @Field({ description: 'URL-safe key, e.g. "hessen"' })
  @Column({ type: 'varchar', length: 64 })
  slug!: string;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Field(() => String, { nullable: true })
  @Column({ name: 'short_name', type: 'varchar', length: 80, nullable: true })
  shortName!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Field(() => String, { nullable: true, description: 'Bundesland, e.g. "Hessen"' })
  @Column({ type: 'varchar', length: 80, nullable: true })
  state!: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  @Column({ name: 'constituted_on', type: 'date', nullable: true })
  constitutedOn!: string | null;
}
