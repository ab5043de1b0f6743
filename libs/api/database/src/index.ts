export type { DatabaseLog, DatabaseSettings, RunningDatabase } from './settings';
export { startDatabase } from './start-database';
export { runMigrations } from './run-migrations';
export { DatabaseModule } from './database.module';
export { QueryCounter } from './query-counter';
