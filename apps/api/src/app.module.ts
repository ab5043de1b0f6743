import { existsSync } from 'node:fs';
import path from 'node:path';
import { type DynamicModule, Module, type Type } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { ServeStaticModule } from '@nestjs/serve-static';
import { AccessModule } from '@pakt/api-access';
import { AuditModule } from '@pakt/api-audit';
import { AllianceModule } from '@pakt/api-alliance';
import { DatabaseModule } from '@pakt/api-database';
import { DecisionsModule, LiveUpdatesModule } from '@pakt/api-decisions';
import { IdentityModule } from '@pakt/api-identity';
import { IndicatorModule } from '@pakt/api-indicator';
import { InitiativeModule } from '@pakt/api-initiative';
import { PlanModule } from '@pakt/api-plan';
import { RecommendationModule } from '@pakt/api-recommendation';
import { SearchModule } from '@pakt/api-search';
import { DeclarationModule } from '@pakt/api-declaration';
import type { Environment } from './config/environment';
import { graphqlOptions } from './graphql/graphql-options';
import { SocketSessions } from './graphql/socket-sessions';
import { HealthModule } from './health/health.module';

/** The composition root: configuration in, feature modules wired together, nothing else. */
@Module({})
export class AppModule {
  /** `features` adds modules beside the product's own (the tests mount resolvers that no feature has yet). */
  static register(env: Environment, databaseUrl: string, features: Type[] = []): DynamicModule {
    const webIndex = path.join(env.WEB_DIST_DIR, 'index.html');
    const sockets = new SocketSessions();
    return {
      module: AppModule,
      providers: [{ provide: SocketSessions, useValue: sockets }],
      imports: [
        DatabaseModule.forRoot(databaseUrl),
        GraphQLModule.forRoot(graphqlOptions(env, sockets)),
        HealthModule,
        AccessModule,
        AuditModule,
        IdentityModule.register({
          smtpUrl: env.SMTP_URL,
          mailFrom: env.MAIL_FROM,
          publicUrl: env.publicUrl,
          outboxDir: path.join(env.DATA_DIR, 'outbox'),
        }),
        AllianceModule,
        IndicatorModule,
        RecommendationModule,
        PlanModule,
        SearchModule,
        InitiativeModule.register({ publicUrl: env.publicUrl, reminderIntervalMinutes: env.INITIATIVE_REMINDER_INTERVAL_MINUTES }),
        LiveUpdatesModule.forRoot({ redisUrl: env.REDIS_URL }),
        DecisionsModule,
        DeclarationModule,
        ...features,
        // One port for everything: the built web client is served beside the API when it exists.
        ...(existsSync(webIndex)
          ? [ServeStaticModule.forRoot({ rootPath: env.WEB_DIST_DIR, exclude: ['/graphql{/*path}', '/health{/*path}', '/exports{/*path}'] })]
          : []),
      ],
    };
  }
}
