import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RateLimitedError } from '@pakt/api-access';
import { RateLimiterPostgres, type RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';

const WINDOW_SECONDS = 15 * 60;
const FAILURES_PER_EMAIL = 5;
const FAILURES_PER_ADDRESS = 20;
const DELAY_PER_FAILURE_MS = 200;
const MAX_DELAY_MS = 2_000;

/**
 * Counts failed sign-ins per e-mail address and per client address in PostgreSQL, so every api
 * instance sees the same counts. Unknown e-mails are counted like known ones: being refused
 * never tells whether an account exists.
 */
@Injectable()
export class SignInThrottle {
  private readonly byEmail: RateLimiterPostgres;
  private readonly byAddress: RateLimiterPostgres;

  constructor(@InjectDataSource() dataSource: DataSource) {
    const options = { storeClient: dataSource, storeType: 'typeorm', tableName: 'rate_limit', tableCreated: true, duration: WINDOW_SECONDS };
    this.byEmail = new RateLimiterPostgres({ ...options, keyPrefix: 'sign-in-email', points: FAILURES_PER_EMAIL });
    this.byAddress = new RateLimiterPostgres({ ...options, keyPrefix: 'sign-in-address', points: FAILURES_PER_ADDRESS });
  }

  /** Refuses (RATE_LIMITED) while either limit is used up, whatever the password. */
  async assertAllowed(email: string, address: string): Promise<void> {
    const [forEmail, forAddress] = await Promise.all([this.byEmail.get(emailKey(email)), this.byAddress.get(address)]);
    const blocked = [blockedFor(forEmail, FAILURES_PER_EMAIL), blockedFor(forAddress, FAILURES_PER_ADDRESS)];
    const waitMs = Math.max(...blocked);
    if (waitMs > 0) {
      const retryAfterSeconds = Math.ceil(waitMs / 1000);
      throw new RateLimitedError(
        `Too many failed sign-ins. Please try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s).`,
        retryAfterSeconds,
      );
    }
  }

  /** Counts a failure, then waits longer the more failures the e-mail had, to slow down guessing. */
  async recordFailure(email: string, address: string): Promise<void> {
    const [forEmail] = await Promise.all([this.byEmail.penalty(emailKey(email)), this.byAddress.penalty(address)]);
    const delay = Math.min(DELAY_PER_FAILURE_MS * forEmail.consumedPoints, MAX_DELAY_MS);
    await new Promise((resolve) => setTimeout(resolve, delay));
  }

  /** A correct password clears the e-mail's count (the address keeps its count until the window ends). */
  async recordSuccess(email: string): Promise<void> {
    await this.byEmail.delete(emailKey(email));
  }
}

// The table keeps a digest, not the address someone typed, which may be a stranger's.
function emailKey(email: string): string {
  return createHash('sha256').update(email).digest('base64url');
}

function blockedFor(result: RateLimiterRes | null, limit: number): number {
  return result !== null && result.consumedPoints >= limit ? result.msBeforeNext : 0;
}
