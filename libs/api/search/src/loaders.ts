import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PlanVersion } from '@pakt/api-plan';
import { Recommendation } from '@pakt/api-recommendation';
import DataLoader from 'dataloader';
import { DataSource, type FindOptionsWhere, In, type ObjectLiteral, type Repository } from 'typeorm';

/** One loader of rows by id: one `WHERE id IN (…)` per batch; missing ids resolve to null. */
function byId<E extends ObjectLiteral & { id: string }>(repository: Repository<E>): DataLoader<string, E | null> {
  return new DataLoader(async (ids) => {
    const rows = await repository.findBy({ id: In([...ids]) } as FindOptionsWhere<E>);
    const found = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

/** The loaders of one GraphQL request: a page of hits costs one statement per relation, not one per hit. */
export interface SearchLoaders {
  recommendation: DataLoader<string, Recommendation | null>;
  planVersion: DataLoader<string, PlanVersion | null>;
}

/**
 * Hands out the loaders of a request. The GraphQL context object lives exactly as long as the
 * request, so a WeakMap keyed by it gives each request its own, with singletons.
 */
@Injectable()
export class SearchLoaderRegistry {
  private readonly perRequest = new WeakMap<object, SearchLoaders>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  for(context: object): SearchLoaders {
    let loaders = this.perRequest.get(context);
    if (!loaders) {
      loaders = {
        recommendation: byId(this.dataSource.getRepository(Recommendation)),
        planVersion: byId(this.dataSource.getRepository(PlanVersion)),
      };
      this.perRequest.set(context, loaders);
    }
    return loaders;
  }
}
