import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessGuard } from './access.guard';
import { AccessPolicy } from './access.policy';
import { ActorService } from './actor.service';
import { AllianceRole } from './alliance-role.entity';

/** Who may do what: the global guard on every operation, and the actor and policy for services. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([AllianceRole])],
  providers: [ActorService, AccessPolicy, { provide: APP_GUARD, useClass: AccessGuard }],
  exports: [ActorService, AccessPolicy, TypeOrmModule],
})
export class AccessModule {}
