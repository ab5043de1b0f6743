import { Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessGuard } from './access.guard';
import { AccessPolicy } from './access.policy';
import { ActorService } from './actor.service';
import { ClientErrorFilter } from './client-error.filter';
import { AllianceRole } from './alliance-role.entity';

/** Who may do what: the global guard on every operation, the actor and policy for services, and refusals answered without an error in the log. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([AllianceRole])],
  providers: [ActorService, AccessPolicy, { provide: APP_GUARD, useClass: AccessGuard }, { provide: APP_FILTER, useClass: ClientErrorFilter }],
  exports: [ActorService, AccessPolicy, TypeOrmModule],
})
export class AccessModule {}
