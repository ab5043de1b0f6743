import 'reflect-metadata';
import type { Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { useSessions } from '@pakt/api-identity';
import helmet from 'helmet';
import type { Logger } from 'pino';
import { AppModule } from './app.module';
import { SocketSessions } from './graphql/socket-sessions';
import type { Environment } from './config/environment';
import { sessionSecret } from './config/session-secret';
import { transportErrorHandler } from './http/http-errors';
import { PinoNestLogger, requestLogging } from './logging/logger';

/** Builds the Nest application (not yet listening); shared by main.ts and the integration tests. */
export async function createApp(env: Environment, databaseUrl: string, logger: Logger, features: Type[] = []): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(env, databaseUrl, features), {
    logger: new PinoNestLogger(logger),
    bodyParser: false,
    abortOnError: false,
  });
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(requestLogging(logger));
  app.use(helmet());
  app.useBodyParser('json', { limit: env.REQUEST_BODY_LIMIT });
  const authenticateSocket = useSessions(app, {
    databaseUrl,
    secret: await sessionSecret(env),
    idleMinutes: env.SESSION_IDLE_MINUTES,
    absoluteHours: env.SESSION_ABSOLUTE_HOURS,
  });
  app.get(SocketSessions).use(authenticateSocket);
  app.use(transportErrorHandler);
  await app.init();
  return app;
}
