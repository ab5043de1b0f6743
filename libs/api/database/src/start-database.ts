import { startEmbedded } from './embedded';
import type { DatabaseLog, DatabaseSettings, RunningDatabase } from './settings';

/** With settings.url: checks nothing, returns it (stop() is a no-op). Without: starts the embedded PostgreSQL. */
export async function startDatabase(settings: DatabaseSettings, log: DatabaseLog): Promise<RunningDatabase> {
  if (settings.url) return { url: settings.url, embedded: false, stop: async () => undefined };
  return startEmbedded(settings, log);
}
