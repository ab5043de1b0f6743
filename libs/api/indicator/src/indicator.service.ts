import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessPolicy, type Actor } from '@pakt/api-access';
import { type IndicatorObservationValue, indicatorSeriesOf } from '@pakt/domain';
import { isUUID } from 'class-validator';
import { DataSource, type EntityManager, In } from 'typeorm';
import { Indicator, IndicatorObservation } from './entities';

/** An indicator with its values, e.g. for a plan version's frozen snapshot. */
export interface IndicatorWithObservations {
  indicator: Indicator;
  series: string[];
  observations: IndicatorObservationValue[];
}

/** Reads indicators: for the resolvers, and for other features (recommendations cite them, plan versions list them). */
@Injectable()
export class IndicatorService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
  ) {}

  /**
   * The indicators with these ids in the ids' order, null for an id that does not exist. Made
   * for a DataLoader's batch function: `new DataLoader((ids) => indicators.byIds(ids))`.
   * Does not check access: callers compare `allianceId`.
   */
  async byIds(ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Array<Indicator | null>> {
    if (ids.length === 0) return [];
    const rows = await manager.findBy(Indicator, { id: In([...new Set(ids)]) });
    const found = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? null);
  }

  /**
   * The indicators with these ids (missing ones left out) with their series and observations in
   * order, read with the given manager (inside a transaction: as of that transaction).
   */
  async withObservations(ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<IndicatorWithObservations[]> {
    const indicators = (await this.byIds(ids, manager)).filter((indicator) => indicator !== null);
    if (indicators.length === 0) return [];
    const rows = await manager.find(IndicatorObservation, {
      where: { indicatorId: In(indicators.map((indicator) => indicator.id)) },
      order: { position: 'ASC', period: 'ASC' },
    });
    return indicators.map((indicator) => {
      const observations = rows
        .filter((row) => row.indicatorId === indicator.id)
        .map(({ series, period, value }) => ({ series, period, value }));
      return { indicator, series: indicatorSeriesOf(observations), observations };
    });
  }

  /** Query.indicator: the indicator if the caller may read its alliance; null otherwise, as for an unknown id. */
  async find(id: string, actor: Actor | null): Promise<Indicator | null> {
    // An id this api cannot have handed out names nothing.
    if (!isUUID(id)) return null;
    const [indicator] = await this.byIds([id]);
    if (!indicator) return null;
    return this.policy.reveals(actor, 'alliance.read', { allianceId: indicator.allianceId }) ? indicator : null;
  }
}
