import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { initiativeEntities } from './entities';
import { InitiativeExportController } from './import-export/export.controller';
import { InitiativeExportService } from './import-export/initiative-export.service';
import { InitiativeImportService } from './import-export/initiative-import.service';
import { InitiativeAccess } from './initiative-access';
import { InitiativeEditingService } from './initiative-editing.service';
import { INITIATIVE_SETTINGS, type InitiativeSettings } from './initiative-settings';
import {
  InitiativeIndicatorResolver,
  InitiativeIndicatorValueResolver,
  InitiativeMilestoneResolver,
  InitiativeProgressReportResolver,
  InitiativePublicationResolver,
  InitiativeReminderResolver,
  InitiativeResolver,
  InitiativeStatusChangeResolver,
  ReportingRoundResolver,
} from './initiative.resolver';
import { InitiativeService } from './initiative.service';
import { InitiativeLoaderRegistry } from './loaders';
import { ReminderService } from './reporting/reminder.service';
import { ReportingService } from './reporting/reporting.service';

/**
 * Initiative tracking: the register of single and joint initiatives, their status history,
 * milestones, progress reports and indicators, the secretariat's dashboard, CSV/XLSX export and
 * import, reporting rounds with reminders, and the published list.
 */
@Module({})
export class InitiativeModule {
  static register(settings: InitiativeSettings): DynamicModule {
    return {
      module: InitiativeModule,
      // The plan (registered without settings of its own) reads the register through InitiativeService.
      global: true,
      imports: [TypeOrmModule.forFeature(initiativeEntities)],
      controllers: [InitiativeExportController],
      providers: [
        { provide: INITIATIVE_SETTINGS, useValue: settings },
        InitiativeAccess,
        InitiativeService,
        InitiativeEditingService,
        InitiativeImportService,
        InitiativeExportService,
        InitiativeLoaderRegistry,
        ReminderService,
        ReportingService,
        InitiativeResolver,
        InitiativeMilestoneResolver,
        InitiativeProgressReportResolver,
        InitiativeIndicatorResolver,
        InitiativeIndicatorValueResolver,
        InitiativeStatusChangeResolver,
        ReportingRoundResolver,
        InitiativeReminderResolver,
        InitiativePublicationResolver,
      ],
      // The plan lists the register's initiatives; the tests and the bench run the reminder job.
      exports: [InitiativeService, ReminderService],
    };
  }
}
