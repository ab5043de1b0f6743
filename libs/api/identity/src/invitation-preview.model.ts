import { Field, ObjectType } from '@nestjs/graphql';
import { MembershipRoleEnum } from '@pakt/api-alliance';
import type { MembershipRole } from '@pakt/domain';

/** What the invitation link shows before it is accepted: enough to decide, nothing of anyone else. */
@ObjectType('InvitationPreview')
export class InvitationPreview {
  @Field()
  email!: string;

  @Field()
  displayName!: string;

  @Field()
  allianceName!: string;

  @Field()
  bodyName!: string;

  @Field(() => MembershipRoleEnum)
  role!: MembershipRole;

  @Field()
  expiresAt!: Date;

  @Field({ description: 'True when this e-mail address already has an account: accepting then asks for its current password' })
  hasAccount!: boolean;
}
