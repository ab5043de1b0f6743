import { runMigrations, startDatabase } from '@pakt/api-database';
import { bootEnvironment, databaseLog, databaseSettings } from './boot';

// `node dist/apps/api/migrate.js`: brings the schema up to date and exits (the api also does this on start).
const { env, logger } = bootEnvironment();
const database = await startDatabase(databaseSettings(env), databaseLog(logger));
try {
  const applied = await runMigrations(database.url);
  logger.info({ migrations: applied }, applied.length ? `applied ${applied.length} migration(s)` : 'schema is up to date');
} finally {
  await database.stop();
}
