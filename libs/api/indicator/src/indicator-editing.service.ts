import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessPolicy, BadUserInputError, type Caller, findOr404, staleVersion, updateVersioned } from '@pakt/api-access';
import { Alliance, optionalText } from '@pakt/api-alliance';
import { auditActorOf, AuditService } from '@pakt/api-audit';
import {
  checkIndicatorObservations,
  INDICATOR_CSV_MAX_BYTES,
  type IndicatorObservationValue,
  indicatorSeriesOf,
  parseIndicatorCsv,
} from '@pakt/domain';
import { DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import { Indicator, IndicatorObservation } from './entities';
import type { IndicatorImportReport } from './indicator.models';
import type {
  CreateIndicatorInput,
  ImportIndicatorCsvInput,
  SetIndicatorObservationsInput,
  UpdateIndicatorInput,
} from './inputs';

const NAME_TAKEN = 'An indicator of this alliance already has this name.';

/**
 * Those with indicator.manage keep their alliance's indicators: name, unit, description and
 * source, and the values, entered by hand or imported from CSV. Each change is one transaction
 * that loads what it touches, checks the caller may manage that alliance's indicators, writes,
 * raises the indicator's version and records an audit entry.
 */
@Injectable()
export class IndicatorEditingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly audit: AuditService,
  ) {}

  create(input: CreateIndicatorInput, caller: Caller): Promise<Indicator> {
    return this.change(caller, 'indicator.created', async (manager) => {
      const alliance = await findOr404(manager, Alliance, input.allianceId);
      this.policy.assertMay(caller.actor, 'indicator.manage', { allianceId: alliance.id });
      const indicator = await manager.save(
        manager.create(Indicator, {
          allianceId: alliance.id,
          name: input.name.trim(),
          unit: input.unit.trim(),
          description: optionalText(input.description) ?? null,
          source: optionalText(input.source) ?? null,
        }),
      );
      return { indicator, details: { changes: sentFields(input) } };
    });
  }

  update(input: UpdateIndicatorInput, caller: Caller): Promise<Indicator> {
    return this.change(caller, 'indicator.updated', async (manager) => {
      const current = await this.load(manager, input.id, caller);
      const indicator = await updateVersioned(manager, Indicator, current, input.version, {
        name: input.name?.trim(),
        unit: input.unit?.trim(),
        description: optionalText(input.description),
        source: optionalText(input.source),
      });
      return { indicator, details: { changes: sentFields(input) } };
    });
  }

  setObservations(input: SetIndicatorObservationsInput, caller: Caller): Promise<Indicator> {
    return this.change(caller, 'indicator.observationsSet', async (manager) => {
      const current = await this.load(manager, input.id, caller);
      const problems = checkIndicatorObservations(input.observations);
      if (problems.length > 0) {
        const fields: Record<string, string> = {};
        for (const problem of problems) fields[`observations.${problem.index}${problem.field ? `.${problem.field}` : ''}`] ??= problem.message;
        throw new BadUserInputError('Please check the values.', fields);
      }
      if (current.version !== input.version) throw staleVersion(current.version);
      const observations = input.observations.map(({ series, period, value }) => ({ series: series.trim(), period, value }));
      const indicator = await this.replaceObservations(manager, current, input.version, observations);
      return { indicator, details: { observations: observations.length, series: indicatorSeriesOf(observations) } };
    });
  }

  async importCsv(input: ImportIndicatorCsvInput, caller: Caller): Promise<IndicatorImportReport> {
    if (Buffer.byteLength(input.csv, 'utf8') > INDICATOR_CSV_MAX_BYTES) {
      throw new BadUserInputError('The file is too large.', { csv: `The file may have at most ${INDICATOR_CSV_MAX_BYTES / 1_000} kB.` });
    }
    const parsed = parseIndicatorCsv(input.csv);
    if (!input.dryRun) {
      let report: IndicatorImportReport | undefined;
      await this.change(caller, 'indicator.imported', async (manager) => {
        const current = await this.load(manager, input.id, caller);
        const { observations, series } = this.assertReadable(parsed);
        const indicator = await this.replaceObservations(manager, current, input.version, observations);
        report = { indicator, rowCount: observations.length, series, saved: true };
        return { indicator, details: { rows: observations.length, series } };
      });
      return report!;
    }
    // A dry run checks access and version like the import itself, so the person learns of both before importing.
    const indicator = await this.load(this.dataSource.manager, input.id, caller);
    if (indicator.version !== input.version) throw staleVersion(indicator.version);
    const { observations, series } = this.assertReadable(parsed);
    return { indicator, rowCount: observations.length, series, saved: false };
  }

  private assertReadable(parsed: ReturnType<typeof parseIndicatorCsv>): { observations: IndicatorObservationValue[]; series: string[] } {
    if (parsed.ok) return parsed;
    const rows = parsed.problems.map(({ row, column, code, message, values }) => ({ row, column, code, message, values: values ?? {} }));
    const count = new Set(rows.map((row) => row.row)).size;
    throw new BadUserInputError(
      count === 1 ? 'One row of the file cannot be imported; nothing was saved.' : `${count} rows of the file cannot be imported; nothing was saved.`,
      { csv: 'The file has rows that cannot be imported.' },
      { rows },
    );
  }

  /** The indicator, or NOT_FOUND (also for another alliance's), or FORBIDDEN without indicator.manage. */
  private async load(manager: EntityManager, id: string, caller: Caller): Promise<Indicator> {
    const indicator = await findOr404(manager, Indicator, id);
    this.policy.assertMay(caller.actor, 'indicator.manage', { allianceId: indicator.allianceId });
    return indicator;
  }

  /** Replaces every observation; series are numbered in the order of their first entry. Raises the version. */
  private async replaceObservations(
    manager: EntityManager,
    current: Indicator,
    version: number,
    observations: readonly IndicatorObservationValue[],
  ): Promise<Indicator> {
    const indicator = await updateVersioned(manager, Indicator, current, version, {});
    await manager.delete(IndicatorObservation, { indicatorId: current.id });
    const positions = new Map(indicatorSeriesOf(observations).map((series, position) => [series, position]));
    const rows = observations.map((observation) => ({ ...observation, indicatorId: current.id, position: positions.get(observation.series)! }));
    // In chunks: PostgreSQL takes at most 65 535 parameters per statement.
    for (let start = 0; start < rows.length; start += 1_000) await manager.insert(IndicatorObservation, rows.slice(start, start + 1_000));
    return indicator;
  }

  /** One transaction per change, its audit entry written in it; a taken name becomes BAD_USER_INPUT on name. */
  private async change(
    caller: Caller,
    action: string,
    work: (manager: EntityManager) => Promise<{ indicator: Indicator; details: Record<string, unknown> }>,
  ): Promise<Indicator> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const { indicator, details } = await work(manager);
        await this.audit.record(
          { ...auditActorOf(caller.req), action, allianceId: indicator.allianceId, objectType: 'Indicator', objectId: indicator.id, details },
          manager,
        );
        return indicator;
      });
    } catch (error) {
      const driverError = error instanceof QueryFailedError ? (error.driverError as { code?: string; constraint?: string }) : {};
      if (driverError.code === '23505' && driverError.constraint === 'UQ_indicator_alliance_name') {
        throw new BadUserInputError('Please check your input.', { name: NAME_TAKEN });
      }
      throw error;
    }
  }
}

/** The fields a caller sent, for the audit entry. */
function sentFields(input: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(input).filter(([key, value]) => value !== undefined && key !== 'id' && key !== 'version'));
}
