import 'reflect-metadata';
import path from 'node:path';
import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUrl, Matches, Max, Min, MinLength, ValidateIf, validateSync } from 'class-validator';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

const toBoolean = ({ value }: { value: unknown }) =>
  value === undefined ? undefined : value === 'true' ? true : value === 'false' ? false : value;
const toInt = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;

/** Every environment variable the api reads, validated once at start-up. The README's table mirrors this class. */
export class Environment {
  @IsIn(['development', 'production', 'test'], { message: 'must be one of development, production, test' })
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Transform(toInt)
  @IsInt({ message: 'must be a whole number (a TCP port)' })
  @Min(0)
  @Max(65535, { message: 'must be a TCP port between 0 and 65535' })
  PORT = 3000;

  @IsString()
  @Matches(/^[\w.:-]+$/, { message: 'must be a host name or IP address to listen on, e.g. 127.0.0.1 or 0.0.0.0' })
  HOST = '127.0.0.1';

  @IsOptional()
  @IsUrl(
    { protocols: ['postgres', 'postgresql'], require_tld: false, require_protocol: true },
    { message: 'must be a PostgreSQL URL such as postgres://user:password@host:5432/pakt' },
  )
  DATABASE_URL?: string = undefined;

  @IsString()
  DATA_DIR = path.resolve('data');

  @Transform(toInt)
  @IsInt({ message: 'must be a whole number (a TCP port)' })
  @Min(1)
  @Max(65535, { message: 'must be a TCP port between 1 and 65535' })
  EMBEDDED_PG_PORT = 54329;

  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'must be true or false' })
  SEED_DEMO_DATA?: boolean = undefined;

  @IsIn(LOG_LEVELS, { message: `must be one of ${LOG_LEVELS.join(', ')}` })
  LOG_LEVEL: LogLevel = 'info';

  @IsString()
  WEB_DIST_DIR = path.resolve(import.meta.dirname, '../web');

  @Transform(toInt)
  @IsInt({ message: 'must be a whole number of bytes' })
  @Min(1024, { message: 'must be at least 1024 bytes' })
  REQUEST_BODY_LIMIT = 1_048_576;

  @Transform(toInt)
  @IsInt({ message: 'must be a whole number' })
  @Min(2)
  @Max(50, { message: 'must be between 2 and 50' })
  GRAPHQL_MAX_DEPTH = 10;

  @Transform(toInt)
  @IsInt({ message: 'must be a whole number' })
  @Min(100)
  GRAPHQL_MAX_COST = 5000;

  // Signs the session cookies. Required in production; elsewhere one is generated into DATA_DIR.
  @ValidateIf((env: Environment) => env.NODE_ENV === 'production' || env.SESSION_SECRET !== undefined)
  @MinLength(32, { message: 'must be at least 32 characters long' })
  @IsString({ message: 'must be set in production: a random string of at least 32 characters' })
  SESSION_SECRET?: string = undefined;

  @Transform(toInt)
  @IsInt({ message: 'must be a whole number of minutes' })
  @Min(1)
  @Max(1440, { message: 'must be between 1 and 1440 minutes' })
  SESSION_IDLE_MINUTES = 60;

  @Transform(toInt)
  @IsInt({ message: 'must be a whole number of hours' })
  @Min(1)
  @Max(720, { message: 'must be between 1 and 720 hours' })
  SESSION_ABSOLUTE_HOURS = 12;

  @IsOptional()
  @IsUrl(
    { protocols: ['smtp', 'smtps'], require_tld: false, require_protocol: true },
    { message: 'must be an SMTP URL such as smtps://user:password@mail.example.org:465' },
  )
  SMTP_URL?: string = undefined;

  @IsString()
  @MinLength(3)
  MAIL_FROM = 'Pakt <no-reply@pakt.invalid>';

  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_tld: false, require_protocol: true }, { message: 'must be the http(s) address people open Pakt at, e.g. https://pakt.example.org' })
  PUBLIC_URL?: string = undefined;

  // How often the reminder job looks for due progress reports; 0 turns it off (e.g. on all but one of several api processes).
  @Transform(toInt)
  @IsInt({ message: 'must be a whole number of minutes' })
  @Min(0)
  @Max(10080, { message: 'must be between 0 and 10080 minutes (a week)' })
  INITIATIVE_REMINDER_INTERVAL_MINUTES = 60;
  // Only for several api instances: they share subscription events through Redis. One instance needs none.
  @IsOptional()
  @IsUrl({ protocols: ['redis', 'rediss'], require_tld: false, require_protocol: true }, { message: 'must be a Redis URL such as redis://redis:6379' })
  REDIS_URL?: string = undefined;

  /** Where links in mails point: PUBLIC_URL, or this machine's address on a local install. */
  get publicUrl(): string {
    return (this.PUBLIC_URL ?? `http://localhost:${this.PORT}`).replace(/\/+$/, '');
  }

  get production(): boolean {
    return this.NODE_ENV === 'production';
  }

  /** Demo data is seeded by default only into the embedded database a new user gets from `npm start`. */
  get seedDemoData(): boolean {
    return this.SEED_DEMO_DATA ?? this.DATABASE_URL === undefined;
  }
}

export class EnvironmentError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'EnvironmentError';
  }
}

/** Reads the variables Environment declares from `source`; empty strings count as unset. */
export function loadEnvironment(source: NodeJS.ProcessEnv = process.env): Environment {
  const declared = Object.keys(new Environment());
  const plain = Object.fromEntries(
    declared.flatMap((key) => {
      const value = source[key];
      return value === undefined || value === '' ? [] : [[key, value]];
    }),
  );
  const env = plainToInstance(Environment, plain, { exposeDefaultValues: true });
  const errors = validateSync(env, { skipMissingProperties: false, forbidUnknownValues: true, stopAtFirstError: true });
  if (errors.length > 0) {
    throw new EnvironmentError(
      errors.map((e) => {
        const given = e.value === undefined ? '' : ` (got "${String(e.value)}")`;
        return `${e.property}${given}: ${Object.values(e.constraints ?? {}).join('; ')}`;
      }),
    );
  }
  return env;
}
