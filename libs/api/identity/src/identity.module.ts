import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Person } from '@pakt/api-alliance';
import { Account } from './account.entity';
import { Authentication } from './authentication';
import { DepartureService } from './departure.service';
import { IdentityResolver } from './identity.resolver';
import { IDENTITY_SETTINGS, type IdentitySettings } from './identity-settings';
import { Invitation } from './invitation.entity';
import { InvitationResolver } from './invitation.resolver';
import { InvitationService } from './invitation.service';
import { Mailer } from './mail/mailer';
import { PasswordReset } from './password-reset.entity';
import { PasswordResetResolver } from './password-reset.resolver';
import { PasswordResetService } from './password-reset.service';
import { PersonalDataService } from './personal-data.service';
import { PrivacyResolver } from './privacy.resolver';
import { ResetRequestThrottle } from './reset-throttle';
import { SessionService } from './sessions';
import { SignInThrottle } from './sign-in-throttle';
import { SignInService } from './sign-in.service';

/**
 * Accounts, sign-in and sessions, invitations and password resets by mail, and what happens to
 * a person's data when they leave. useSessions() puts the session middleware in front of /graphql.
 */
@Module({})
export class IdentityModule {
  static register(settings: IdentitySettings): DynamicModule {
    return {
      module: IdentityModule,
      // Features send their mail (initiative and declaration reminders) through the one Mailer and its settings.
      global: true,
      exports: [Mailer, IDENTITY_SETTINGS],
      imports: [TypeOrmModule.forFeature([Account, Person, Invitation, PasswordReset])],
      providers: [
        { provide: IDENTITY_SETTINGS, useValue: settings },
        Authentication,
        SessionService,
        SignInThrottle,
        SignInService,
        IdentityResolver,
        Mailer,
        InvitationService,
        InvitationResolver,
        ResetRequestThrottle,
        PasswordResetService,
        PasswordResetResolver,
        DepartureService,
        PersonalDataService,
        PrivacyResolver,
      ],
    };
  }
}
