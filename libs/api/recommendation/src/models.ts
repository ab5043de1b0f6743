import { Field, ObjectType } from '@nestjs/graphql';
import { Connection } from '@pakt/api-database';
import { DiffSegment } from './diff.model';
import { Recommendation, RecommendationComment, RecommendationRevision } from './entities';

@ObjectType('FieldDiff', { description: 'The word-level changes of one field between two revisions' })
export class FieldDiff {
  @Field({ description: 'title | problem | measure | expectedEffect | timeFrame | costNotes | addressees | citedIndicators' })
  field!: string;

  @Field()
  changed!: boolean;

  @Field(() => [DiffSegment])
  segments!: DiffSegment[];
}

@ObjectType('RecommendationConnection')
export class RecommendationConnection extends Connection(Recommendation, 'Recommendation') {}

@ObjectType('RecommendationRevisionConnection')
export class RecommendationRevisionConnection extends Connection(RecommendationRevision, 'RecommendationRevision') {}

@ObjectType('RecommendationCommentConnection')
export class RecommendationCommentConnection extends Connection(RecommendationComment, 'RecommendationComment') {}
