import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import { alliancesWith } from '@pakt/domain';
import type { GraphQLResolveInfo } from 'graphql';
import { accessRuleOf } from './access-rule.decorators';
import { ForbiddenError, UnauthenticatedError } from './access.errors';
import { accountIdOf, ActorService, type RequestContext } from './actor.service';

/**
 * Deny by default: a GraphQL operation runs only when its resolver method names an access rule
 * and the caller meets it. Field resolvers are not operations: their parent object was checked
 * by the operation that returned it. Plain HTTP routes (health) are not GraphQL and pass.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(private readonly actors: ActorService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<GqlContextType>() !== 'graphql') return true;
    const graphql = GqlExecutionContext.create(context);
    if (!isOperation(graphql.getInfo<GraphQLResolveInfo>())) return true;

    const rule = accessRuleOf(context.getHandler());
    if (rule === undefined) throw new ForbiddenError('This operation has no access rule.');
    if (rule.kind === 'public') return true;

    const request = graphql.getContext<RequestContext>();
    if (accountIdOf(request.req) === null) throw new UnauthenticatedError();
    if (rule.kind === 'signed-in') return true;

    // Held in some alliance; whether in the object's own alliance, the service checks once it is loaded.
    const actor = await this.actors.of(request);
    if (actor === null) throw new UnauthenticatedError();
    if (alliancesWith(actor.grants, rule.permission).length === 0) throw new ForbiddenError();
    return true;
  }
}

function isOperation(info: GraphQLResolveInfo): boolean {
  const { schema, parentType } = info;
  return parentType === schema.getQueryType() || parentType === schema.getMutationType() || parentType === schema.getSubscriptionType();
}
