import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PlanVersion } from '@pakt/api-plan';
import { Recommendation } from '@pakt/api-recommendation';
import DataLoader from 'dataloader';
import { DataSource, type FindOptionsWhere, In, type ObjectLiteral, type Repository } from 'typeorm';
import { RequestLoaders } from '@pakt/api-database';

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

/** Each request's own SearchLoaders (see RequestLoaders). */
@Injectable()
export class SearchLoaderRegistry extends RequestLoaders<SearchLoaders> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  protected create(): SearchLoaders {
    return {
      recommendation: byId(this.dataSource.getRepository(Recommendation)),
      planVersion: byId(this.dataSource.getRepository(PlanVersion)),
    };
  }
}
