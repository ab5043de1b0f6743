import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ActorService, RequirePermission, type RequestContext, ValidInput } from '@pakt/api-access';
import type { Page } from '@pakt/api-database';
import { PlanVersion } from '@pakt/api-plan';
import { Recommendation } from '@pakt/api-recommendation';
import { SearchLoaderRegistry } from './loaders';
import { SearchArgs } from './search.args';
import { SearchHit, SearchHitConnection } from './search.model';
import { SearchService } from './search.service';

@Resolver(() => SearchHit)
export class SearchResolver {
  constructor(
    private readonly service: SearchService,
    private readonly actors: ActorService,
    private readonly loaders: SearchLoaderRegistry,
  ) {}

  @Query(() => SearchHitConnection, {
    description: 'German full-text search over the recommendations, comments and plan versions the viewer may read; query 2–200 characters',
  })
  @RequirePermission('alliance.read')
  async search(@Args(ValidInput) args: SearchArgs, @Context() context: RequestContext): Promise<Page<SearchHit>> {
    return this.service.search(args, await this.actors.of(context));
  }

  // The hit was found among what the viewer may read, so its recommendation or plan version is theirs to see.
  @ResolveField(() => Recommendation, { nullable: true, description: 'The recommendation (for RECOMMENDATION and COMMENT hits)' })
  recommendation(@Parent() hit: SearchHit, @Context() context: object): Promise<Recommendation | null> {
    return hit.recommendationId === null ? Promise.resolve(null) : this.loaders.for(context).recommendation.load(hit.recommendationId);
  }

  @ResolveField(() => PlanVersion, { nullable: true, description: 'The plan version (for PLAN_VERSION hits)' })
  planVersion(@Parent() hit: SearchHit, @Context() context: object): Promise<PlanVersion | null> {
    return hit.planVersionId === null ? Promise.resolve(null) : this.loaders.for(context).planVersion.load(hit.planVersionId);
  }
}
