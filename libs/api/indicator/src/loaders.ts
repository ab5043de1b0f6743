import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { Indicator, IndicatorObservation } from './entities';
import { RequestLoaders } from '@pakt/api-database';

/** Groups rows under the keys asked for, in the keys' order, with [] for a key without rows. */
function grouped<V>(keys: readonly string[], rows: readonly V[], keyOf: (row: V) => string): V[][] {
  const groups = new Map<string, V[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}

const byName = new Intl.Collator('de', { sensitivity: 'base', numeric: true });

/** The loaders of one GraphQL request; each caches only for it. */
export interface IndicatorLoaders {
  /** Observations of an indicator, by series position, then year. */
  observations: DataLoader<string, IndicatorObservation[]>;
  /** The indicators of an alliance, by name. */
  ofAlliance: DataLoader<string, Indicator[]>;
}

/**
 * Hands each request its own IndicatorLoaders, keyed by the GraphQL context object (see
 * RequestLoaders for why a WeakMap and not a request-scoped provider).
 */
@Injectable()
export class IndicatorLoaderRegistry extends RequestLoaders<IndicatorLoaders> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  protected create(): IndicatorLoaders {
    return {
      observations: new DataLoader(async (ids) => {
        const rows = await this.dataSource.getRepository(IndicatorObservation).find({
          where: { indicatorId: In([...ids]) },
          order: { position: 'ASC', period: 'ASC' },
        });
        return grouped(ids, rows, (row) => row.indicatorId);
      }),
      ofAlliance: new DataLoader(async (allianceIds) => {
        const rows = await this.dataSource.getRepository(Indicator).findBy({ allianceId: In([...allianceIds]) });
        rows.sort((a, b) => byName.compare(a.name, b.name));
        return grouped(allianceIds, rows, (row) => row.allianceId);
      }),
    };
  }
}
