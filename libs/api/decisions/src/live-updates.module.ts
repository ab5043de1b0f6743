import { type DynamicModule, Global, Inject, Injectable, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import { PubSub, type PubSubEngine } from 'graphql-subscriptions';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import { Redis } from 'ioredis';

export const LIVE_PUB_SUB = Symbol('LIVE_PUB_SUB');

export interface LiveUpdatesSettings {
  /** Several api instances share their events through Redis; one instance needs none (in-memory). */
  redisUrl?: string;
}

/** Closes the Redis connections on shutdown; nothing to do in memory. */
@Injectable()
class LiveUpdatesShutdown implements OnApplicationShutdown {
  constructor(@Inject(LIVE_PUB_SUB) private readonly pubSub: PubSubEngine) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.pubSub instanceof RedisPubSub) await this.pubSub.close();
  }
}

/**
 * The pub/sub engine behind GraphQL subscriptions: in memory by default, Redis pub/sub when
 * REDIS_URL is set (graphql-redis-subscriptions on ioredis, the engine NestJS documents for it).
 */
@Global()
@Module({})
export class LiveUpdatesModule {
  static forRoot(settings: LiveUpdatesSettings): DynamicModule {
    return {
      module: LiveUpdatesModule,
      providers: [
        {
          provide: LIVE_PUB_SUB,
          useFactory: (): PubSubEngine => {
            if (!settings.redisUrl) return new PubSub();
            new Logger('LiveUpdates').log('Subscriptions share their events through Redis');
            return new RedisPubSub({ publisher: new Redis(settings.redisUrl), subscriber: new Redis(settings.redisUrl) });
          },
        },
        LiveUpdatesShutdown,
      ],
      exports: [LIVE_PUB_SUB],
    };
  }
}
