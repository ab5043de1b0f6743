import { Field, Int, ObjectType } from '@nestjs/graphql';
import { CreateDateColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/**
 * What every record people edit together carries: a version for optimistic locking (a stale
 * write is refused, never silently applied) and when it was created and last changed.
 */
@ObjectType({ isAbstract: true })
export abstract class Editable {
  @Field(() => Int, { description: 'Changes with every write; a write based on an older version is refused' })
  @VersionColumn({ name: 'version', type: 'integer' })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
