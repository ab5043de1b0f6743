export { InitiativeModule } from './initiative.module';
export * from './entities';
export { InitiativeKindEnum, InitiativeStatusEnum, ReportingCycleEnum } from './graphql-enums';
export { InitiativeEditingService, recordLatestReport, REGISTERED_NOTE } from './initiative-editing.service';
export { InitiativeService } from './initiative.service';
export { registerExportPath } from './import-export/export.controller';
export { initiativePath, type InitiativeSettings } from './initiative-settings';
export { ReminderService, type ReminderRunResult } from './reporting/reminder.service';
