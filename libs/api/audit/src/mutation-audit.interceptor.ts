import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import { getNamedType, GraphQLError, type GraphQLResolveInfo, isObjectType } from 'graphql';
import { catchError, concatMap, from, map, type Observable, of, throwError } from 'rxjs';
import { auditActorOf, AuditService } from './audit.service';
import { redactArguments } from './redact';

const AUDITED_IN_SERVICE = 'pakt:audited-in-service';

/**
 * For a mutation whose arguments must not be kept with who sent them — a vote's choice in a secret
 * ballot — and whose service writes its own entry in the transaction of the change: the interceptor
 * then logs only refusals, with their code and without the arguments.
 */
export const AuditedInService = (): MethodDecorator => SetMetadata(AUDITED_IN_SERVICE, true);

/**
 * Logs every GraphQL mutation as `mutation.<name>`: who, its outcome (`ok` or the error code) and
 * its arguments without secrets. Registered globally, so a mutation added later is logged without
 * its author doing anything. Services add the specific entries (membership.added, …) themselves.
 * Refusals by the access guard happen before interceptors run and are not logged here.
 */
@Injectable()
export class MutationAuditInterceptor implements NestInterceptor {
  constructor(
    private readonly audit: AuditService,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<GqlContextType>() !== 'graphql') return next.handle();
    const graphql = GqlExecutionContext.create(context);
    const info = graphql.getInfo<GraphQLResolveInfo>();
    if (info.parentType !== info.schema.getMutationType()) return next.handle();

    const { req } = graphql.getContext<{ req: object }>();
    // Before: signOut removes the account from the request. After: signIn adds it.
    const before = auditActorOf(req);
    const inService = this.reflector.get<boolean | undefined>(AUDITED_IN_SERVICE, context.getHandler()) === true;
    const args = inService ? undefined : redactArguments(graphql.getArgs());
    const record = (outcome: string, result?: unknown) => {
      const actor = before.actorAccountId === null ? auditActorOf(req) : before;
      const object = objectOf(info, result);
      return from(
        this.audit.record({
          ...actor,
          action: `mutation.${info.fieldName}`,
          allianceId: allianceIdOf(result, object),
          objectType: object?.type ?? null,
          objectId: object?.id ?? null,
          details: inService ? { outcome } : { outcome, arguments: args },
        }),
      );
    };

    return next.handle().pipe(
      concatMap((result: unknown) => (inService ? of(result) : record('ok', result).pipe(map(() => result)))),
      catchError((error: unknown) => record(codeOf(error)).pipe(concatMap(() => throwError(() => error)))),
    );
  }
}

/** The alliance the returned object belongs to (an Alliance is its own); none for failures and objects outside alliances. */
function allianceIdOf(result: unknown, object: { type: string; id: string } | null): string | null {
  if (object?.type === 'Alliance') return object.id;
  const allianceId: unknown = typeof result === 'object' && result !== null ? (result as { allianceId?: unknown }).allianceId : undefined;
  return typeof allianceId === 'string' ? allianceId : null;
}

/** The object a mutation returned, named by its GraphQL type, when it has an id. */
function objectOf(info: GraphQLResolveInfo, result: unknown): { type: string; id: string } | null {
  const type = getNamedType(info.returnType);
  const id: unknown = typeof result === 'object' && result !== null ? (result as { id?: unknown }).id : undefined;
  return isObjectType(type) && typeof id === 'string' ? { type: type.name, id } : null;
}

function codeOf(error: unknown): string {
  const code = error instanceof GraphQLError ? error.extensions.code : undefined;
  return typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR';
}
