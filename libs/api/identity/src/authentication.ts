import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Request } from 'express';
import passport from 'passport';
import { Strategy as LocalStrategy } from 'passport-local';
import { IsNull, type Repository } from 'typeorm';
import { Account } from './account.entity';
import { verifyPassword } from './passwords';
import type { Credentials } from './sign-in.input';
import './session-types';

/**
 * This app's own Passport: e-mail and password checked by the local strategy, the session
 * holding only the account id. Its own instance rather than the global one, so two apps in one
 * process (as in the tests) never share strategies.
 */
@Injectable()
export class Authentication {
  readonly passport = new passport.Passport();

  constructor(@InjectRepository(Account) private readonly accounts: Repository<Account>) {
    this.passport.use(
      new LocalStrategy({ usernameField: 'email', passwordField: 'password', session: false }, (email, password, done) => {
        this.verify(email, password).then((user) => done(null, user ?? false), done);
      }),
    );
    this.passport.serializeUser<string>((user, done) => done(null, user.id));
    // Every request re-reads the account, so a deactivated one is signed out on its very next request.
    this.passport.deserializeUser<string>((id, done) => {
      this.accounts
        .findOneBy({ id, deactivatedAt: IsNull() })
        .then((account) => done(null, account ? { id: account.id, email: account.email } : false), done);
    });
  }

  /** The account these credentials belong to, or null; wrong password, unknown or deactivated account look alike. */
  authenticate(credentials: Credentials): Promise<Express.User | null> {
    return new Promise((resolve, reject) => {
      const handler = this.passport.authenticate('local', { session: false }, (error: unknown, user: Express.User | false) =>
        error ? reject(error) : resolve(user || null),
      );
      handler({ body: credentials }, {}, reject);
    });
  }

  /** Starts the session: a new session id (no fixation), the account id and the time of sign-in. */
  async logIn(req: Request, user: Express.User): Promise<void> {
    await new Promise<void>((resolve, reject) => req.logIn(user, (error?: unknown) => (error ? reject(error) : resolve())));
    req.session.signedInAt = Date.now();
  }

  private async verify(email: string, password: string): Promise<Express.User | null> {
    const account = await this.accounts.findOneBy({ email });
    const matches = await verifyPassword(account?.passwordHash ?? null, password);
    return matches && account && account.deactivatedAt === null ? { id: account.id, email: account.email } : null;
  }
}
