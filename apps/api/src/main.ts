import 'reflect-metadata';
import { runMigrations, startDatabase } from '@pakt/api-database';
import { seedDemoData } from '@pakt/api-demo';
import { DataSource } from 'typeorm';
import { createApp } from './app';
import { bootEnvironment, databaseLog, databaseSettings } from './boot';

const { env, logger } = bootEnvironment();
const database = await startDatabase(databaseSettings(env), databaseLog(logger));
let stopping = false;
let app: Awaited<ReturnType<typeof createApp>> | undefined;

async function stop(signal: string, exitCode = 0) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'Pakt is shutting down');
  await app?.close().catch((error: unknown) => logger.error({ err: error }, 'closing the api failed'));
  await database.stop().catch((error: unknown) => logger.error({ err: error }, 'stopping the database failed'));
  process.exit(exitCode);
}
process.once('SIGINT', () => void stop('SIGINT'));
process.once('SIGTERM', () => void stop('SIGTERM'));

try {
  const applied = await runMigrations(database.url);
  if (applied.length > 0) logger.info({ migrations: applied }, `applied ${applied.length} migration(s)`);
  app = await createApp(env, database.url, logger);
  if (env.seedDemoData) {
    const { seeded } = await seedDemoData(app.get(DataSource));
    if (seeded) logger.info('demo data seeded (Hessen, Sachsen-Anhalt)');
  }
  await app.listen(env.PORT, env.HOST);
  const shownHost = env.HOST === '0.0.0.0' || env.HOST === '127.0.0.1' ? 'localhost' : env.HOST;
  const address = `http://${shownHost}:${env.PORT}`;
  logger.info({ address, embeddedDatabase: database.embedded }, 'Pakt is ready');
  if (process.stdout.isTTY || env.NODE_ENV !== 'production') {
    process.stdout.write(`\n  Pakt läuft / is running: ${address}\n\n`);
  }
} catch (error) {
  logger.fatal({ err: error }, 'Pakt could not start');
  await stop('startup-failure', 1);
}
