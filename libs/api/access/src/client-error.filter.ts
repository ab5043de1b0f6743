import { type ArgumentsHost, Catch } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { GqlContextType, GqlExceptionFilter } from '@nestjs/graphql';
import { ClientError } from './access.errors';

/**
 * Refusals (UNAUTHENTICATED, FORBIDDEN, BAD_USER_INPUT …) of GraphQL operations go to Apollo as
 * they are, with their code, and are not logged: Nest's default handler logs every error with its
 * stack at level error, and an anonymous visitor or a refused vote is no fault of the server.
 * Everything else, and any error outside GraphQL, takes Nest's default way.
 */
@Catch(ClientError)
export class ClientErrorFilter extends BaseExceptionFilter implements GqlExceptionFilter {
  override catch(error: ClientError, host: ArgumentsHost): unknown {
    if (host.getType<GqlContextType>() === 'graphql') return error;
    return super.catch(error, host);
  }
}
