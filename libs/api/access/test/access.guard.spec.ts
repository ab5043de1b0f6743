import 'reflect-metadata';
import type { ExecutionContext } from '@nestjs/common';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host.js';
import { buildSchema, GraphQLError, type GraphQLResolveInfo } from 'graphql';
import { DataSource } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { AccessGuard, ActorService, Public, RequirePermission, SignedIn } from '../src';

// The guard against execution contexts as NestJS builds them for a GraphQL resolver. Paths that
// need an account's roles from the database are covered over HTTP in apps/api/test/access.spec.ts;
// this DataSource is never connected, so a path that wrongly reaches the database fails here.
const guard = new AccessGuard(new ActorService(new DataSource({ type: 'postgres' })));
const schema = buildSchema('type Query { a: Int } type Mutation { b: Int } type Body { c: Int }');

class Resolvers {
  @Public() open() {}
  @SignedIn() mine() {}
  @RequirePermission('alliance.read') read() {}
  forgotten() {}
}

function graphqlContext(handler: () => void, options: { parent?: string; user?: object } = {}): ExecutionContext {
  const parentType = schema.getType(options.parent ?? 'Query');
  const info = { schema, parentType } as unknown as GraphQLResolveInfo;
  const req = options.user ? { user: options.user } : {};
  const context = new ExecutionContextHost([{}, {}, { req }, info], Resolvers, handler);
  context.setType('graphql');
  return context;
}

async function refusal(context: ExecutionContext): Promise<string | undefined> {
  try {
    await guard.canActivate(context);
    return undefined;
  } catch (error) {
    if (error instanceof GraphQLError) return String(error.extensions.code);
    throw error;
  }
}

const resolvers = Resolvers.prototype;
const user = { id: '4b0c7c1e-0d3a-4f59-9f57-6a3f9c1f3a10', email: 'mitglied@hessen.example.org' };

describe('the access guard', () => {
  it('refuses a query or mutation whose method names no rule, even for a signed-in caller', async () => {
    expect(await refusal(graphqlContext(resolvers.forgotten))).toBe('FORBIDDEN');
    expect(await refusal(graphqlContext(resolvers.forgotten, { parent: 'Mutation', user }))).toBe('FORBIDDEN');
  });

  it('says why an operation without a rule is refused', async () => {
    await expect(guard.canActivate(graphqlContext(resolvers.forgotten))).rejects.toThrow(/no access rule/);
  });

  it('lets anyone call a public operation', async () => {
    expect(await refusal(graphqlContext(resolvers.open))).toBeUndefined();
  });

  it('asks anonymous callers to sign in for signed-in and permission operations', async () => {
    expect(await refusal(graphqlContext(resolvers.mine))).toBe('UNAUTHENTICATED');
    expect(await refusal(graphqlContext(resolvers.read, { parent: 'Mutation' }))).toBe('UNAUTHENTICATED');
  });

  it('lets any signed-in account call a signed-in operation without looking up its roles', async () => {
    expect(await refusal(graphqlContext(resolvers.mine, { user }))).toBeUndefined();
  });

  it('does not guard field resolvers: the operation that returned their parent was checked', async () => {
    expect(await refusal(graphqlContext(resolvers.forgotten, { parent: 'Body' }))).toBeUndefined();
  });

  it('leaves plain HTTP routes such as /health alone', async () => {
    const http = new ExecutionContextHost([{}, {}], Resolvers, resolvers.forgotten);
    expect(await guard.canActivate(http)).toBe(true);
  });
});

describe('the access rule decorators', () => {
  it('refuse a second rule on the same method', () => {
    expect(() => {
      class Twice {
        @Public() @SignedIn() both() {}
      }
      return Twice;
    }).toThrow(/more than one access rule/);
  });
});
