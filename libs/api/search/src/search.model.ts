import { Field, Float, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '@pakt/api-database';

export const SEARCH_HIT_KINDS = ['RECOMMENDATION', 'COMMENT', 'PLAN_VERSION'] as const;
export type SearchHitKind = (typeof SEARCH_HIT_KINDS)[number];

export const SearchHitKindEnum = Object.fromEntries(SEARCH_HIT_KINDS.map((kind) => [kind, kind])) as { [K in SearchHitKind]: K };
registerEnumType(SearchHitKindEnum, { name: 'SearchHitKind', description: 'What a search hit is' });

@ObjectType('SnippetPart', { description: 'A piece of a hit\'s text; match marks the words the query found' })
export class SnippetPart {
  @Field()
  text!: string;

  @Field()
  match!: boolean;
}

@ObjectType('SearchHit', { description: 'A recommendation, comment or plan version that matches a search' })
export class SearchHit {
  @Field(() => SearchHitKindEnum)
  kind!: SearchHitKind;

  @Field(() => ID, { description: 'The id of the recommendation, comment or plan version' })
  id!: string;

  @Field({ description: 'The title of the recommendation (for comments: of the recommendation commented on) or of the plan version' })
  title!: string;

  @Field(() => [SnippetPart], { description: 'Passages of the text around the matches, plain text (never HTML)' })
  snippet!: SnippetPart[];

  @Field(() => Float, { description: 'Relevance: higher is better; hits come best first' })
  rank!: number;

  /** The recommendation of a RECOMMENDATION or COMMENT hit. */
  recommendationId!: string | null;

  /** The plan version of a PLAN_VERSION hit. */
  planVersionId!: string | null;
}

@ObjectType('SearchHitConnection', { description: 'Search hits, best first, a page at a time' })
export class SearchHitConnection extends Connection(SearchHit, 'SearchHit') {}
