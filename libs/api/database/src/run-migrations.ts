import { DataSource, type MigrationInterface } from 'typeorm';
import { migrations as schemaMigrations } from './migrations';

// Any fixed number: it names the advisory lock that keeps two processes from migrating at once.
const MIGRATION_LOCK = 4_711_2020;

/**
 * Runs pending migrations on a short-lived DataSource (migrations only, no entities), each in its own
 * transaction, and returns the names applied. `migrations` defaults to the committed list.
 */
export async function runMigrations(url: string, migrations: Array<new () => MigrationInterface> = schemaMigrations): Promise<string[]> {
  const dataSource = new DataSource({ type: 'postgres', url, migrations, migrationsTransactionMode: 'each', logging: false });
  await dataSource.initialize();
  try {
    const lock = dataSource.createQueryRunner();
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      const applied = await dataSource.runMigrations();
      return applied.map((migration) => migration.name);
    } finally {
      await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
      await lock.release();
    }
  } finally {
    await dataSource.destroy();
  }
}
