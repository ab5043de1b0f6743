import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { LoggerService } from '@nestjs/common';
import { pino, type Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import type { LogLevel } from '../config/environment';

/** The logger of the request being handled, so that every line logged on its behalf carries its id. */
const requestLogger = new AsyncLocalStorage<Logger>();

export function createRootLogger(level: LogLevel): Logger {
  return pino({ level, base: { service: 'pakt-api' }, timestamp: pino.stdTimeFunctions.isoTime });
}

const REQUEST_ID = /^[\w.:-]{1,128}$/;

/** Express middleware: a request id (the caller's X-Request-Id when it is sane, else a new UUID), one access log line, and the request's child logger for everything below it. */
export function requestLogging(root: Logger) {
  const http = pinoHttp({
    logger: root,
    quietReqLogger: true,
    genReqId(req: IncomingMessage, res: ServerResponse) {
      const given = req.headers['x-request-id'];
      const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
      res.setHeader('X-Request-Id', id);
      return id;
    },
    customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
    serializers: {
      req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  });
  return (req: IncomingMessage & { log?: Logger }, res: ServerResponse, next: () => void) => {
    http(req, res, () => requestLogger.run(req.log ?? root, next));
  };
}

/** Nest's logger interface on top of pino; inside a request it logs through that request's child logger. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly root: Logger) {}

  private current(): Logger {
    return requestLogger.getStore() ?? this.root;
  }

  log(message: unknown, context?: string) {
    this.current().info({ context }, String(message));
  }
  error(message: unknown, trace?: string, context?: string) {
    const err = message instanceof Error ? message : undefined;
    this.current().error({ context, err, trace }, err ? err.message : String(message));
  }
  warn(message: unknown, context?: string) {
    this.current().warn({ context }, String(message));
  }
  debug(message: unknown, context?: string) {
    this.current().debug({ context }, String(message));
  }
  verbose(message: unknown, context?: string) {
    this.current().trace({ context }, String(message));
  }
  fatal(message: unknown, context?: string) {
    this.current().fatal({ context }, String(message));
  }
}
