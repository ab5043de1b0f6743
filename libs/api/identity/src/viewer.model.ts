import { Field, ObjectType } from '@nestjs/graphql';
import { Account } from './account.entity';

/** The signed-in account; its people (one per alliance) are a field of their own. */
@ObjectType('Viewer')
export class Viewer {
  @Field(() => Account)
  account!: Express.User;
}
