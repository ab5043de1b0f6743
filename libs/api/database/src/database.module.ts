import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { migrations } from './migrations';
import { StatementLogger } from './query-counter';

/** The app's one DataSource. The schema comes only from migrations, run before the app starts (runMigrations). */
@Module({})
export class DatabaseModule {
  static forRoot(url: string): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRoot({
          type: 'postgres',
          url,
          autoLoadEntities: true,
          synchronize: false,
          migrationsRun: false,
          // Registered, not run, so a test can compare the entities with what the migrations build.
          migrations,
          logger: new StatementLogger(),
          maxQueryExecutionTime: 1_000,
        }),
      ],
    };
  }
}
