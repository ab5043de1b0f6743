export type { DatabaseLog, DatabaseSettings, RunningDatabase } from './settings';
export { startDatabase } from './start-database';
export { runMigrations } from './run-migrations';
export { DatabaseModule } from './database.module';
export { QueryCounter } from './query-counter';
export {
  Connection,
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  PageInfo,
  decodeCursor,
  encodeCursor,
  pageOf,
  type CursorValues,
  type Edge,
  type Page,
} from './pagination';
export { RequestLoaders } from './request-loaders';
