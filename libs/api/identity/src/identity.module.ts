import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Person } from '@pakt/api-alliance';
import { Account } from './account.entity';
import { Authentication } from './authentication';
import { IdentityResolver } from './identity.resolver';
import { SessionService } from './sessions';
import { SignInThrottle } from './sign-in-throttle';
import { SignInService } from './sign-in.service';

/** Accounts, sign-in and sessions. useSessions() puts the session middleware in front of /graphql. */
@Module({
  imports: [TypeOrmModule.forFeature([Account, Person])],
  providers: [Authentication, SessionService, SignInThrottle, SignInService, IdentityResolver],
})
export class IdentityModule {}
