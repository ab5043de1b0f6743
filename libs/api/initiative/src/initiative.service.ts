import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessPolicy, type Actor, BadUserInputError } from '@pakt/api-access';
import { ActionField } from '@pakt/api-alliance';
import { decodeCursor, DEFAULT_PAGE_SIZE, type Page, pageOf } from '@pakt/api-database';
import {
  addDays,
  INITIATIVE_STATUSES,
  OPEN_INITIATIVE_STATUSES,
  rollUpProgress,
  STALE_REPORT_DAYS,
  toLocalDate,
  type InitiativeStatus,
  type ProgressGroup,
} from '@pakt/domain';
import { isUUID } from 'class-validator';
import { DataSource, In, type SelectQueryBuilder } from 'typeorm';
import { Initiative, InitiativeMilestone, InitiativeProgressReport, type PublishedInitiative } from './entities';
import { initiativeSummaries } from './import-export/register-entries';
import type { InitiativeDashboardArgs, InitiativeFilter, InitiativesArgs } from './inputs';
import type { InitiativeDashboard, InitiativeStatusCount } from './models';

/** How many overdue milestones and stale initiatives the dashboard lists (it counts all). */
export const DASHBOARD_LIST_LIMIT = 100;
/** The months of the status-over-time series, ending with the current one. */
export const STATUS_SERIES_MONTHS = 12;

/** Zeros for the statuses without initiatives, in the state machine's order. */
function everyStatus(counts: ReadonlyMap<InitiativeStatus, number>): InitiativeStatusCount[] {
  return INITIATIVE_STATUSES.map((status) => ({ status, count: counts.get(status) ?? 0 }));
}

/** The first day of the month after a "YYYY-MM" month. */
function nextMonthStart(month: string): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, number, 1)).toISOString().slice(0, 10);
}

/** The counts of each month from the changes per month (see the series query): a running sum, oldest month first. */
function runningCounts(months: readonly string[], deltas: ReadonlyArray<{ month: string; status: InitiativeStatus; delta: number }>) {
  const counts = new Map<InitiativeStatus, number>();
  return months.map((month) => {
    for (const row of deltas) if (row.month === month) counts.set(row.status, (counts.get(row.status) ?? 0) + row.delta);
    return { month, byStatus: everyStatus(counts) };
  });
}

/**
 * What people read of the register: one initiative, the filtered list, its progress reports, the
 * secretariat's dashboard. The register is read with initiative.read in its alliance; another
 * alliance's initiative is null or NOT_FOUND, exactly like one that does not exist.
 */
@Injectable()
export class InitiativeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
  ) {}

  /** The initiative, or null when there is none or the actor may not read the register. */
  async find(id: string, actor: Actor | null): Promise<Initiative | null> {
    if (!isUUID(id)) return null;
    const initiative = await this.dataSource.manager.findOneBy(Initiative, { id });
    if (!initiative || !this.policy.reveals(actor, 'initiative.read', { allianceId: initiative.allianceId })) return null;
    return initiative;
  }

  /** The alliance's initiatives that match the filter, by name. */
  async page(args: InitiativesArgs, actor: Actor | null): Promise<Page<Initiative>> {
    this.policy.assertMay(actor, 'initiative.read', { allianceId: args.allianceId });
    const first = args.first ?? DEFAULT_PAGE_SIZE;
    const query = this.filtered(args.allianceId, args.filter);
    const totalCount = await query.clone().getCount();
    if (args.after) {
      const after = decodeCursor(args.after, 2);
      if (after === null) throw new BadUserInputError('Please check your input.', { after: 'This is not a cursor of this list.' });
      query.andWhere('(i.name, i.id::text) > (:afterName, :afterId)', { afterName: String(after[0]), afterId: String(after[1]) });
    }
    const rows = await query.orderBy('i.name', 'ASC').addOrderBy('i.id::text', 'ASC').limit(first + 1).getMany();
    return pageOf(rows, first, totalCount, (row) => [row.name, row.id]);
  }

  /** Every initiative that matches, by name (export and the plan). */
  async all(allianceId: string, filter: InitiativeFilter | null | undefined): Promise<Initiative[]> {
    return this.filtered(allianceId, filter).orderBy('i.name', 'ASC').addOrderBy('i.id::text', 'ASC').getMany();
  }

  /**
   * The initiatives that implement any of these recommendations, by name, as the plan's initiative
   * section shows them (names only: the plan is read by everyone in the alliance).
   */
  async implementing(recommendationIds: readonly string[]): Promise<PublishedInitiative[]> {
    if (recommendationIds.length === 0) return [];
    const initiatives = await this.dataSource
      .getRepository(Initiative)
      .createQueryBuilder('i')
      .where('EXISTS (SELECT 1 FROM initiative_recommendation r WHERE r.initiative_id = i.id AND r.recommendation_id IN (:...ids))', { ids: recommendationIds })
      .orderBy('i.name', 'ASC')
      .addOrderBy('i.id::text', 'ASC')
      .getMany();
    return initiativeSummaries(this.dataSource.manager, initiatives);
  }

  /** The reports, newest first (by the day they speak of, then by filing). */
  async reports(initiative: Initiative, first: number, after: string | null | undefined): Promise<Page<InitiativeProgressReport>> {
    const query = this.dataSource.getRepository(InitiativeProgressReport).createQueryBuilder('r').where('r.initiative_id = :id', { id: initiative.id });
    const totalCount = await query.clone().getCount();
    if (after) {
      const values = decodeCursor(after, 3);
      if (values === null) throw new BadUserInputError('Please check your input.', { after: 'This is not a cursor of this list.' });
      query.andWhere('(r.reported_on, r.created_at, r.id::text) < (CAST(:on AS date), CAST(:at AS timestamptz), :rid)', {
        on: String(values[0]),
        at: String(values[1]),
        rid: String(values[2]),
      });
    }
    const rows = await query
      .orderBy('r.reported_on', 'DESC')
      .addOrderBy('r.created_at', 'DESC')
      .addOrderBy('r.id::text', 'DESC')
      .limit(first + 1)
      .getMany();
    return pageOf(rows, first, totalCount, (row) => [row.reportedOn, row.createdAt.toISOString(), row.id]);
  }

  /**
   * The secretariat's overview of the filtered register, aggregated in the database: counts by
   * status overall and per action field, the progress roll-up (rule in @pakt/domain), overdue
   * milestones of open initiatives, running initiatives without a report for 90 days, and the
   * status at the end of each of the last 12 months.
   */
  async dashboard(args: InitiativeDashboardArgs, actor: Actor | null): Promise<InitiativeDashboard> {
    this.policy.assertMay(actor, 'initiative.manage', { allianceId: args.allianceId });
    const today = toLocalDate(new Date());
    const staleBefore = addDays(today, -STALE_REPORT_DAYS);
    const [filterSql, filterParameters] = this.filtered(args.allianceId, args.filter)
      .select(['i.id AS id', 'i.status AS status', 'i.latest_percent AS latest_percent', 'i.last_report_on AS last_report_on', 'i.start_on AS start_on'])
      .getQueryAndParameters();
    // The filter's own parameters come first ($1 …); those of each statement follow.
    const at = (offset: number) => `$${filterParameters.length + offset}`;
    const run = <T>(sql: string, parameters: unknown[]) => this.dataSource.query<T[]>(`WITH f AS (${filterSql}) ${sql}`, [...filterParameters, ...parameters]);

    const months = Array.from({ length: STATUS_SERIES_MONTHS }, (_, index) => {
      const [year, month] = today.split('-').map(Number) as [number, number];
      const date = new Date(Date.UTC(year, month - 1 - (STATUS_SERIES_MONTHS - 1 - index), 1));
      return date.toISOString().slice(0, 7);
    });
    const [byStatus, byField, overdue, stale, series, actionFields] = await Promise.all([
      run<{ status: InitiativeStatus; count: number; percent_sum: number }>(
        `SELECT status, count(*)::int AS count, coalesce(sum(latest_percent), 0)::int AS percent_sum FROM f GROUP BY status`,
        [],
      ),
      run<{ action_field_id: string; status: InitiativeStatus; count: number; percent_sum: number }>(
        `SELECT a.action_field_id, f.status, count(*)::int AS count, coalesce(sum(f.latest_percent), 0)::int AS percent_sum
           FROM f JOIN initiative_action_field a ON a.initiative_id = f.id
          GROUP BY a.action_field_id, f.status`,
        [],
      ),
      // The window count is taken before LIMIT: how many there are in all, with the first page.
      run<{ id: string; initiative_id: string; days: number; total: number }>(
        `SELECT m.id, m.initiative_id, (${at(2)}::date - m.due_on)::int AS days, count(*) OVER ()::int AS total
           FROM initiative_milestone m JOIN f ON f.id = m.initiative_id
          WHERE m.alliance_id = ${at(1)} AND m.done_on IS NULL AND m.due_on < ${at(2)}::date AND f.status = ANY(${at(3)}::initiative_status[])
          ORDER BY m.due_on, m.id LIMIT ${at(4)}`,
        [args.allianceId, today, OPEN_INITIATIVE_STATUSES, DASHBOARD_LIST_LIMIT],
      ),
      run<{ id: string; days: number; total: number }>(
        `SELECT f.id, (${at(2)}::date - coalesce(f.last_report_on, f.start_on))::int AS days, count(*) OVER ()::int AS total FROM f
          WHERE f.status = 'RUNNING' AND coalesce(f.last_report_on, f.start_on) < ${at(1)}::date
          ORDER BY coalesce(f.last_report_on, f.start_on), f.id LIMIT ${at(3)}`,
        [staleBefore, today, DASHBOARD_LIST_LIMIT],
      ),
      // An initiative has at the end of a month the status of its last change up to that day. So
      // each change adds one to its new status and takes one from its old status in the month it
      // takes effect (changes before the series start count in its first month); the running sum
      // of these deltas, month by month, gives the counts.
      run<{ month: string; status: InitiativeStatus; delta: number }>(
        `SELECT to_char(greatest(date_trunc('month', c.effective_on), ${at(2)}::date), 'YYYY-MM') AS month, s.status, sum(s.delta)::int AS delta
           FROM initiative_status_change c
           JOIN f ON f.id = c.initiative_id
           CROSS JOIN LATERAL (VALUES (c.to_status, 1), (c.from_status, -1)) AS s(status, delta)
          WHERE c.alliance_id = ${at(1)} AND c.effective_on < ${at(3)}::date AND s.status IS NOT NULL
          GROUP BY 1, 2`,
        [args.allianceId, `${months[0]}-01`, nextMonthStart(months.at(-1)!)],
      ),
      this.dataSource.getRepository(ActionField).find({ where: { allianceId: args.allianceId }, order: { position: 'ASC', title: 'ASC' } }),
    ]);

    const initiativeIds = [...new Set([...overdue.map((row) => row.initiative_id), ...stale.map((row) => row.id)])];
    const [milestones, initiatives] = await Promise.all([
      overdue.length === 0 ? [] : this.dataSource.manager.findBy(InitiativeMilestone, { id: In(overdue.map((row) => row.id)) }),
      initiativeIds.length === 0 ? [] : this.dataSource.manager.findBy(Initiative, { id: In(initiativeIds) }),
    ]);
    const milestoneById = new Map(milestones.map((milestone) => [milestone.id, milestone]));
    const initiativeById = new Map(initiatives.map((initiative) => [initiative.id, initiative]));

    const groups = (rows: ReadonlyArray<{ status: InitiativeStatus; count: number; percent_sum: number }>): ProgressGroup[] =>
      rows.map((row) => ({ status: row.status, count: row.count, percentSum: row.percent_sum }));
    const countsOf = (rows: ReadonlyArray<{ status: InitiativeStatus; count: number }>) => new Map(rows.map((row) => [row.status, row.count]));

    return {
      total: byStatus.reduce((sum, row) => sum + row.count, 0),
      byStatus: everyStatus(countsOf(byStatus)),
      progress: rollUpProgress(groups(byStatus)),
      actionFields: actionFields.map((actionField) => {
        const rows = byField.filter((row) => row.action_field_id === actionField.id);
        return {
          actionField,
          byStatus: everyStatus(countsOf(rows)),
          total: rows.reduce((sum, row) => sum + row.count, 0),
          progress: rollUpProgress(groups(rows)),
        };
      }),
      overdueMilestoneCount: overdue[0]?.total ?? 0,
      overdueMilestones: overdue.flatMap((row) => {
        const milestone = milestoneById.get(row.id);
        const initiative = initiativeById.get(row.initiative_id);
        return milestone && initiative ? [{ milestone, initiative, daysOverdue: row.days }] : [];
      }),
      staleCount: stale[0]?.total ?? 0,
      stale: stale.flatMap((row) => {
        const initiative = initiativeById.get(row.id);
        return initiative ? [{ initiative, daysWithoutReport: row.days }] : [];
      }),
      statusOverTime: runningCounts(months, series),
    };
  }

  /** The alliance's initiatives that match the filter (any entry of a list matches; the lists combine). */
  filtered(allianceId: string, filter: InitiativeFilter | null | undefined): SelectQueryBuilder<Initiative> {
    const query = this.dataSource.getRepository(Initiative).createQueryBuilder('i').where('i.alliance_id = :allianceId', { allianceId });
    if (filter?.statuses && filter.statuses.length > 0) query.andWhere('i.status IN (:...statuses)', { statuses: filter.statuses });
    if (filter?.actionFieldIds && filter.actionFieldIds.length > 0) {
      query.andWhere(
        'EXISTS (SELECT 1 FROM initiative_action_field fa WHERE fa.initiative_id = i.id AND fa.action_field_id IN (:...actionFieldIds))',
        { actionFieldIds: filter.actionFieldIds },
      );
    }
    if (filter?.regionIds && filter.regionIds.length > 0) {
      query.andWhere('EXISTS (SELECT 1 FROM initiative_region fr WHERE fr.initiative_id = i.id AND fr.region_id IN (:...regionIds))', {
        regionIds: filter.regionIds,
      });
    }
    if (filter?.organisationIds && filter.organisationIds.length > 0) {
      query.andWhere(
        '(i.lead_organisation_id IN (:...organisationIds) OR EXISTS (SELECT 1 FROM initiative_partner fp WHERE fp.initiative_id = i.id AND fp.organisation_id IN (:...organisationIds)))',
        { organisationIds: filter.organisationIds },
      );
    }
    const search = filter?.search?.trim();
    if (search) query.andWhere("i.name ILIKE '%' || :search || '%'", { search: search.replace(/[\\%_]/g, (c) => `\\${c}`) });
    return query;
  }
}
