import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Person } from '@pakt/api-alliance';
import { RateLimitedError, UnauthenticatedError } from '@pakt/api-access';
import { AuditService } from '@pakt/api-audit';
import type { Request } from 'express';
import type { Repository } from 'typeorm';
import { Authentication } from './authentication';
import { credentialsFrom, type SignInInput } from './sign-in.input';
import { SignInThrottle } from './sign-in-throttle';

// One message for an unknown e-mail and a wrong password, so the answer never tells which e-mails have an account.
export const WRONG_CREDENTIALS = 'The e-mail address or the password is not correct.';

@Injectable()
export class SignInService {
  constructor(
    private readonly authentication: Authentication,
    private readonly throttle: SignInThrottle,
    @InjectRepository(Person) private readonly people: Repository<Person>,
    private readonly audit: AuditService,
  ) {}

  /** Validates, throttles, checks the password and starts the session; returns the signed-in account. */
  async signIn(input: SignInInput, req: Request): Promise<Express.User> {
    const credentials = credentialsFrom(input);
    const address = req.ip ?? req.socket.remoteAddress ?? 'unknown';
    await this.throttle.assertAllowed(credentials.email, address).catch(async (error: unknown) => {
      if (error instanceof RateLimitedError) await this.audit.recordSignIn('signIn.throttled', credentials.email, req);
      throw error;
    });
    const user = await this.authentication.authenticate(credentials);
    if (!user) {
      await this.audit.recordSignIn('signIn.failed', credentials.email, req);
      await this.throttle.recordFailure(credentials.email, address);
      throw new UnauthenticatedError(WRONG_CREDENTIALS);
    }
    await this.throttle.recordSuccess(credentials.email);
    await this.authentication.logIn(req, user);
    await this.audit.recordSignIn('signIn.succeeded', credentials.email, req);
    return user;
  }

  /** The account's person in each alliance, by alliance name. */
  peopleOf(accountId: string): Promise<Person[]> {
    return this.people.find({ where: { accountId }, relations: { alliance: true }, order: { alliance: { name: 'ASC' } } });
  }
}
