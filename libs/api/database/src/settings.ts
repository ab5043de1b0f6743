export interface DatabaseSettings {
  /** An existing PostgreSQL server (DATABASE_URL); without it the embedded one is started. */
  url?: string;
  /** Folder for the embedded cluster (`postgres/`) and its password file. */
  dataDir: string;
  embeddedPort: number;
}

export interface RunningDatabase {
  url: string;
  embedded: boolean;
  /** Stops the embedded cluster (safe to call twice); a no-op for an external server. */
  stop(): Promise<void>;
}

export interface DatabaseLog {
  /** Postgres's routine output goes here when given, else to `log`. */
  debug?(message: string): void;
  log(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}
