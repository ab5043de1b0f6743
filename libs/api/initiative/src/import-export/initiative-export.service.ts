import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessPolicy, type Actor } from '@pakt/api-access';
import { Alliance } from '@pakt/api-alliance';
import { initiativeRegisterTable } from '@pakt/domain';
import { DataSource } from 'typeorm';
import { InitiativeService } from '../initiative.service';
import type { InitiativeFilter } from '../inputs';
import { registerEntries } from './register-entries';
import { CSV_CONTENT_TYPE, type RegisterFormat, writeRegisterFile, XLSX_CONTENT_TYPE } from './register-file';

export interface ExportedRegister {
  body: Buffer;
  contentType: string;
  fileName: string;
}

/** The filtered register as CSV or XLSX for whoever reads the register; the import reads the file back. */
@Injectable()
export class InitiativeExportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly reading: InitiativeService,
  ) {}

  async export(allianceId: string, filter: InitiativeFilter, format: RegisterFormat, language: 'de' | 'en', actor: Actor | null): Promise<ExportedRegister> {
    this.policy.assertMay(actor, 'initiative.read', { allianceId });
    const alliance = await this.dataSource.getRepository(Alliance).findOneByOrFail({ id: allianceId });
    const initiatives = await this.reading.all(allianceId, filter);
    const table = initiativeRegisterTable(await registerEntries(this.dataSource.manager, initiatives), language);
    return {
      body: await writeRegisterFile(table, format, language),
      contentType: format === 'csv' ? CSV_CONTENT_TYPE : XLSX_CONTENT_TYPE,
      fileName: `${language === 'de' ? 'Initiativen' : 'Initiatives'}-${alliance.slug}.${format}`,
    };
  }
}
