import { Field, ObjectType } from '@nestjs/graphql';
import type { DiffOperation } from '@pakt/domain';
import { DiffOperationEnum } from './graphql-enums';

/** A run of text of a word-level diff (wordDiff in @pakt/domain); shared by recommendations, the plan and amendments. */
@ObjectType('DiffSegment', { description: 'A run of text both versions share, or that only the newer (INSERT) or older (DELETE) has' })
export class DiffSegment {
  @Field(() => DiffOperationEnum)
  operation!: DiffOperation;

  @Field()
  text!: string;
}

export { DiffOperationEnum };
