import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessPolicy, BadUserInputError, type Caller } from '@pakt/api-access';
import { ActionField, actingPerson, Organisation, Region } from '@pakt/api-alliance';
import { auditActorOf, AuditService } from '@pakt/api-audit';
import { checkInitiativeImport, normaliseName, type InitiativeImportLookup, type InitiativeImportRecord } from '@pakt/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { Initiative } from '../entities';
import { InitiativeEditingService } from '../initiative-editing.service';
import type { ImportInitiativesInput } from '../inputs';
import type { InitiativeImportReport } from '../models';
import { readRegisterFile, type RegisterFormat, UnreadableFileError } from './register-file';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * Imports a register from CSV or XLSX: every row is checked (checkInitiativeImport in @pakt/domain)
 * against the alliance's organisations, action fields, regions and existing names, and either all
 * rows are written in one transaction or none, with the problems of every bad row in
 * extensions.rows.
 */
@Injectable()
export class InitiativeImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly editing: InitiativeEditingService,
    private readonly audit: AuditService,
  ) {}

  async import(input: ImportInitiativesInput, caller: Caller): Promise<InitiativeImportReport> {
    this.policy.assertMay(caller.actor, 'initiative.manage', { allianceId: input.allianceId });
    const format: RegisterFormat = input.fileName.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'csv';
    const records = await this.records(input.contentBase64, format);
    return this.dataSource.transaction(async (manager) => {
      const checked = checkInitiativeImport(records, await lookupOf(manager, input.allianceId));
      if (!checked.ok) {
        const rows = checked.problems.map(({ row, column, code, message, values }) => ({ row, column, code, message, values: values ?? {} }));
        const count = new Set(rows.map((row) => row.row)).size;
        throw new BadUserInputError(
          count === 1 ? 'One row of the file cannot be imported; nothing was imported.' : `${count} rows of the file cannot be imported; nothing was imported.`,
          { contentBase64: 'The file has rows that cannot be imported.' },
          { rows },
        );
      }
      const report = { rowCount: checked.rows.length, names: checked.rows.map((row) => row.name) };
      if (input.dryRun) return { ...report, saved: false };
      const person = await actingPerson(manager, caller.actor!, input.allianceId);
      await this.editing.insert(
        manager,
        input.allianceId,
        checked.rows.map((row) => ({ ...row, recommendationIds: [] })),
        person.id,
      );
      await this.audit.record(
        {
          ...auditActorOf(caller.req),
          action: 'initiative.imported',
          allianceId: input.allianceId,
          objectType: 'Alliance',
          objectId: input.allianceId,
          details: { fileName: input.fileName, count: checked.rows.length },
        },
        manager,
      );
      return { ...report, saved: true };
    });
  }

  private async records(contentBase64: string, format: RegisterFormat): Promise<InitiativeImportRecord[]> {
    const unreadable = (message: string) =>
      new BadUserInputError(message, { contentBase64: message }, { rows: [{ row: 1, column: null, code: 'UNREADABLE', message, values: {} }] });
    const compact = contentBase64.replace(/\s+/g, '');
    if (!BASE64.test(compact)) throw unreadable('The file did not arrive intact (it is not base64).');
    try {
      return await readRegisterFile(Buffer.from(compact, 'base64'), format);
    } catch (error) {
      if (error instanceof UnreadableFileError) throw unreadable(format === 'xlsx' ? 'The file cannot be read as an XLSX workbook.' : 'The file cannot be read as CSV text.');
      throw error;
    }
  }
}

/** The alliance's names, lower-cased: organisations by name and short name, action fields by title, regions by name. */
async function lookupOf(manager: EntityManager, allianceId: string): Promise<InitiativeImportLookup> {
  // One after the other: a transaction's connection runs one query at a time.
  const organisations = await manager.findBy(Organisation, { allianceId });
  const actionFields = await manager.findBy(ActionField, { allianceId });
  const regions = await manager.findBy(Region, { allianceId });
  const existing = await manager.find(Initiative, { where: { allianceId }, select: { id: true, name: true } });
  const byName = new Map<string, string>();
  for (const organisation of organisations) {
    if (organisation.shortName) byName.set(normaliseName(organisation.shortName), organisation.id);
  }
  // Full names win over a short name that happens to equal another organisation's name.
  for (const organisation of organisations) byName.set(normaliseName(organisation.name), organisation.id);
  return {
    organisations: byName,
    actionFields: new Map(actionFields.map((field) => [normaliseName(field.title), field.id])),
    regions: new Map(regions.map((region) => [normaliseName(region.name), region.id])),
    existingNames: new Set(existing.map((initiative) => normaliseName(initiative.name))),
  };
}
