import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Organisation, Person } from '@pakt/api-alliance';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { AmendmentComment, AmendmentSupport } from './entities';
import { RequestLoaders } from '@pakt/api-database';

/** The loaders of one GraphQL request: an amendment list asks once for all authors, supports and comments. */
export interface DeclarationLoaders {
  person: DataLoader<string, Person | null>;
  organisation: DataLoader<string, Organisation | null>;
  supporters: DataLoader<string, string[]>;
  comments: DataLoader<string, AmendmentComment[]>;
}

/** Hands each request its own DeclarationLoaders, keyed by the GraphQL context object (as AllianceLoaderRegistry does). */
@Injectable()
export class DeclarationLoaderRegistry extends RequestLoaders<DeclarationLoaders> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  protected create(): DeclarationLoaders {
    const manager = this.dataSource.manager;
    return {
      person: new DataLoader(async (ids) => {
        const rows = await manager.findBy(Person, { id: In([...ids]) });
        return ids.map((id) => rows.find((row) => row.id === id) ?? null);
      }),
      organisation: new DataLoader(async (ids) => {
        const rows = await manager.findBy(Organisation, { id: In([...ids]) });
        return ids.map((id) => rows.find((row) => row.id === id) ?? null);
      }),
      supporters: new DataLoader(async (amendmentIds) => {
        const rows = await manager.find(AmendmentSupport, { where: { amendmentId: In([...amendmentIds]) }, order: { createdAt: 'ASC' } });
        return amendmentIds.map((id) => rows.filter((row) => row.amendmentId === id).map((row) => row.personId));
      }),
      comments: new DataLoader(async (amendmentIds) => {
        const rows = await manager.find(AmendmentComment, { where: { amendmentId: In([...amendmentIds]) }, order: { createdAt: 'ASC', id: 'ASC' } });
        return amendmentIds.map((id) => rows.filter((row) => row.amendmentId === id));
      }),
    };
  }
}
