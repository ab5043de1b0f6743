import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ActionField } from '@pakt/api-alliance';
import { Indicator } from '@pakt/api-indicator';
import { DiffSegment, Recommendation } from '@pakt/api-recommendation';
import type { SignOffRole } from '@pakt/domain';
import { PlanVersion } from './entities';
import { SignOffRoleEnum } from './graphql-enums';

@ObjectType('PlanRecommendation', { description: 'A recommendation placed in a plan version' })
export class PlanRecommendation {
  @Field(() => Int, { description: '1 first' })
  position!: number;

  /** Resolved through the request's loader. */
  recommendationId!: string;
}

@ObjectType('PlanActionFieldSection', { description: "The recommendations of one action field, in the version's order" })
export class PlanActionFieldSection {
  @Field(() => ActionField)
  actionField!: ActionField;

  @Field(() => [Recommendation])
  recommendations!: Recommendation[];
}

@ObjectType('PlanSignOff', { description: 'A signature of the steering board chair or deputy chair' })
export class PlanSignOff {
  @Field(() => SignOffRoleEnum)
  role!: SignOffRole;

  /** Resolved through the request's loader. */
  personId!: string;

  @Field(() => Date)
  signedAt!: Date;
}

@ObjectType('PlanVersionComparison', { description: 'What changed from one version to another: word diffs of the texts, added and removed items' })
export class PlanVersionComparison {
  @Field(() => PlanVersion)
  from!: PlanVersion;

  @Field(() => PlanVersion)
  to!: PlanVersion;

  @Field(() => [DiffSegment])
  title!: DiffSegment[];

  @Field(() => [DiffSegment])
  situationAssessment!: DiffSegment[];

  @Field(() => [DiffSegment])
  initiativesText!: DiffSegment[];

  @Field(() => [DiffSegment])
  commitments!: DiffSegment[];

  @Field(() => [Recommendation], { description: 'In the newer version only, in its order' })
  addedRecommendations!: Recommendation[];

  @Field(() => [Recommendation], { description: 'In the older version only, in its order' })
  removedRecommendations!: Recommendation[];

  @Field(() => [Indicator], { description: 'In the newer version only, in its order' })
  addedIndicators!: Indicator[];

  @Field(() => [Indicator], { description: 'In the older version only, in its order' })
  removedIndicators!: Indicator[];
}
