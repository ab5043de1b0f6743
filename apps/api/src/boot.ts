import type { Logger } from 'pino';
import type { DatabaseLog } from '@pakt/api-database';
import { type Environment, EnvironmentError, loadEnvironment } from './config/environment';
import { createRootLogger } from './logging/logger';

/** Configuration and logger for an entry point; a bad variable ends the process with one message naming it. */
export function bootEnvironment(): { env: Environment; logger: Logger } {
  try {
    const env = loadEnvironment();
    return { env, logger: createRootLogger(env.LOG_LEVEL) };
  } catch (error) {
    if (error instanceof EnvironmentError) {
      process.stderr.write(`Pakt cannot start. ${error.message}\n`);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
}

export function databaseLog(logger: Logger): DatabaseLog {
  const child = logger.child({ context: 'Database' });
  return {
    debug: (message) => child.debug(message),
    log: (message) => child.info(message),
    warn: (message) => child.warn(message),
    error: (message) => child.error(message),
  };
}

export function databaseSettings(env: Environment) {
  return { url: env.DATABASE_URL, dataDir: env.DATA_DIR, embeddedPort: env.EMBEDDED_PG_PORT };
}
