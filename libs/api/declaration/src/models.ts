import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DiffOperationEnum } from '@pakt/api-recommendation';
import type { DiffOperation } from '@pakt/domain';
import { Amendment } from './entities';

/** A run of a paragraph's text and the amendment it came from (null: the drafting team's text). */
@ObjectType('ProvenanceSegment', {
  description: "EQUAL: the drafting team's text; INSERT: added by the amendment; DELETE: removed by it (struck through, not part of the text)",
})
export class ProvenanceSegmentModel {
  @Field(() => DiffOperationEnum) operation!: DiffOperation;
  @Field() text!: string;
  @Field(() => ID, { nullable: true }) amendmentId!: string | null;
}

@ObjectType('DeclarationParagraph')
export class DeclarationParagraphModel {
  @Field({ description: 'Stable across revisions and merges; amendments name their paragraph by it' }) key!: string;
  @Field() text!: string;
  @Field(() => [ProvenanceSegmentModel], { description: 'Which amendment produced which change' }) provenance!: ProvenanceSegmentModel[];
  @Field(() => ID, { nullable: true, description: 'The amendment that added the paragraph' }) insertedBy!: string | null;
  @Field(() => ID, { nullable: true, description: 'The amendment that deleted it; a deleted paragraph is shown for the record only' })
  deletedBy!: string | null;
}

@ObjectType('DeclarationSection')
export class DeclarationSectionModel {
  @Field() key!: string;
  @Field() heading!: string;
  @Field(() => [DeclarationParagraphModel], { description: 'In order, deleted ones included (deletedBy set)' })
  paragraphs!: DeclarationParagraphModel[];
}

@ObjectType('AmendmentConflict', { description: 'Two open amendments that change the same words: deciding one marks the other for a new version' })
export class AmendmentConflict {
  @Field(() => Amendment) first!: Amendment;
  @Field(() => Amendment) second!: Amendment;
}
