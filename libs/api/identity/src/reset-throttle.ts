import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RateLimitedError } from '@pakt/api-access';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';

const WINDOW_SECONDS = 15 * 60;
const REQUESTS_PER_EMAIL = 5;
const REQUESTS_PER_ADDRESS = 20;

/**
 * Limits password-reset requests as sign-in limits failures: per e-mail address (so nobody floods
 * someone's inbox) and per client address. Unknown e-mails count like known ones.
 */
@Injectable()
export class ResetRequestThrottle {
  private readonly byEmail: RateLimiterPostgres;
  private readonly byAddress: RateLimiterPostgres;

  constructor(@InjectDataSource() dataSource: DataSource) {
    const options = { storeClient: dataSource, storeType: 'typeorm', tableName: 'rate_limit', tableCreated: true, duration: WINDOW_SECONDS };
    this.byEmail = new RateLimiterPostgres({ ...options, keyPrefix: 'reset-email', points: REQUESTS_PER_EMAIL });
    this.byAddress = new RateLimiterPostgres({ ...options, keyPrefix: 'reset-address', points: REQUESTS_PER_ADDRESS });
  }

  /** Counts one request; RATE_LIMITED once either limit is used up in the window. */
  async consume(email: string, address: string): Promise<void> {
    const results = await Promise.allSettled([this.byEmail.consume(emailKey(email)), this.byAddress.consume(address)]);
    const refusals = results.flatMap((result) => (result.status === 'rejected' ? [result.reason as unknown] : []));
    if (refusals.length === 0) return;
    const waits = refusals.map((reason) => {
      if (reason instanceof RateLimiterRes) return reason.msBeforeNext;
      throw reason; // a database error, not a refusal
    });
    const retryAfterSeconds = Math.ceil(Math.max(...waits) / 1000);
    throw new RateLimitedError(
      `Too many requests for a new password. Please try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s).`,
      retryAfterSeconds,
    );
  }
}

function emailKey(email: string): string {
  return createHash('sha256').update(email).digest('base64url');
}
