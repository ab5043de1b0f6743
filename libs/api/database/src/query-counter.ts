import { Logger as NestLogger } from '@nestjs/common';
import type { Logger } from 'typeorm';

type Listener = (sql: string) => void;
const listeners = new Set<Listener>();

/**
 * Counts the SQL statements TypeORM sends (through DatabaseModule's DataSource) while `fn` runs:
 *
 *   const { result, statements, sql } = await QueryCounter.count(() => fetch(graphqlUrl, …));
 *
 * The count is process-wide, not per request, so run the measured requests one at a time.
 */
export class QueryCounter {
  static async count<T>(fn: () => Promise<T>): Promise<{ result: T; statements: number; sql: string[] }> {
    const sql: string[] = [];
    const listener: Listener = (statement) => sql.push(statement);
    listeners.add(listener);
    try {
      const result = await fn();
      return { result, statements: sql.length, sql };
    } finally {
      listeners.delete(listener);
    }
  }
}

/** TypeORM calls its logger for every statement, whatever the `logging` option says: the place to count. */
export class StatementLogger implements Logger {
  private readonly logger = new NestLogger('TypeORM');

  logQuery(query: string): void {
    for (const listener of listeners) listener(query);
  }

  logQueryError(error: string | Error, query: string): void {
    this.logger.debug(`Query failed: ${error instanceof Error ? error.message : error} (${query})`);
  }

  logQuerySlow(time: number, query: string): void {
    this.logger.warn(`Slow query (${time} ms): ${query}`);
  }

  logSchemaBuild(message: string): void {
    this.logger.debug(message);
  }

  logMigration(message: string): void {
    this.logger.log(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn(String(message));
    else this.logger.debug(String(message));
  }
}
