import { Module, type INestApplication } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, ModulesContainer } from '@nestjs/core';
import {
  GraphQLSchemaHost,
  Mutation,
  Query,
  RESOLVER_NAME_METADATA,
  RESOLVER_TYPE_METADATA,
  Resolver,
} from '@nestjs/graphql';
import { accessRuleOf, ActorService, describeAccessRule, Public, type AccessRule, type Actor } from '@pakt/api-access';
import { QueryCounter } from '@pakt/api-database';
import { hashPassword } from '@pakt/api-identity';
import { alliancesWith, belongsTo, holds } from '@pakt/domain';
import {
  getNamedType,
  isLeafType,
  isNonNullType,
  isObjectType,
  Lexer,
  Source,
  TokenKind,
  type GraphQLField,
  type GraphQLFormattedError,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setTimeout as sleep } from 'node:timers/promises';
import { EXAMPLES, type Example } from './access-examples';
import { startTestApp, type GraphQLResponse, type TestApp, type TestClient } from './support/test-app';
import { socketClient } from './support/voters';

// Who may call what, checked over real HTTP against the running schema: every operation has a
// rule (deny by default), every actor gets exactly what the policy in @pakt/domain says, and no
// query path leads from one alliance into another.

const PASSWORD = 'pakt-demo';

/** The demo accounts, one per role in Hessen, and the Sachsen-Anhalt secretariat. */
const DEMO_ACCOUNTS = [
  { email: 'sekretariat@hessen.example.org', roles: ['alliance SECRETARIAT', 'STEERING_BOARD SECRETARIAT'] },
  { email: 'vorsitz@hessen.example.org', roles: ['STEERING_BOARD CHAIR'] },
  { email: 'stellvertretung@hessen.example.org', roles: ['STEERING_BOARD DEPUTY_CHAIR'] },
  { email: 'fokusgruppe-vorsitz@hessen.example.org', roles: ['FOCUS_GROUP CHAIR'] },
  { email: 'fokusgruppe-stellvertretung@hessen.example.org', roles: ['FOCUS_GROUP DEPUTY_CHAIR'] },
  { email: 'mitglied@hessen.example.org', roles: ['FOCUS_GROUP MEMBER'] },
  { email: 'beobachtung@hessen.example.org', roles: ['OBSERVER'] },
  { email: 'sekretariat@sachsen-anhalt.example.org', roles: ['alliance SECRETARIAT'] },
] as const;

/** Accounts this file adds: one without any person, one whose only membership ended in 2022. */
const NO_ROLE = 'ohne-rolle@example.org';
const FORMER_CHAIR = 'ehemaliger-vorsitz@hessen.example.org';

const ACTORS: Array<string | null> = [null, ...DEMO_ACCOUNTS.map((account) => account.email), NO_ROLE, FORMER_CHAIR];

type Outcome = 'allowed' | 'hidden' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND';

/** What the policy says an actor gets from an operation. */
function expectedOutcome(
  rule: AccessRule,
  actor: Actor | null,
  example: Example,
  allianceIds: Map<string, string>,
  bodyIds: Map<string, string>,
): Outcome {
  if (rule.kind === 'public') return 'allowed';
  if (actor === null) return 'UNAUTHENTICATED';
  if (rule.kind === 'signed-in') return 'allowed';
  if (alliancesWith(actor.grants, rule.permission).length === 0) return 'FORBIDDEN';
  if (example.alliance === undefined) return 'allowed';
  const allianceId = allianceIds.get(example.alliance)!;
  if (!belongsTo(actor.grants, allianceId)) return example.found ? 'hidden' : 'NOT_FOUND';
  const bodyId = example.body === undefined ? undefined : bodyIds.get(`${example.alliance}/${example.body}`);
  if (example.body !== undefined && bodyId === undefined) throw new Error(`no body ${example.body} in ${example.alliance}`);
  return holds(actor.grants, rule.permission, bodyId === undefined ? { allianceId } : { allianceId, bodyId }) ? 'allowed' : 'FORBIDDEN';
}

/** What the api answered: the error's code, or whether the object was shown. */
function observedOutcome(body: GraphQLResponse<Record<string, unknown>>['body'], example: Example): string {
  const [error] = body.errors ?? [];
  if (error) return String(error.extensions?.code ?? `error without a code: ${error.message}`);
  if (example.found && !example.found(body.data ?? {})) return 'hidden';
  return 'allowed';
}

/** Every Query and Mutation method of the app's resolvers with its access rule, keyed as "Query.name". */
function accessRules(nest: INestApplication): Map<string, AccessRule | undefined> {
  const discovery = new DiscoveryService(nest.get(ModulesContainer));
  const scanner = new MetadataScanner();
  const rules = new Map<string, AccessRule | undefined>();
  for (const wrapper of discovery.getProviders()) {
    const instance: unknown = wrapper.instance;
    if (typeof instance !== 'object' || instance === null) continue;
    const prototype = Object.getPrototypeOf(instance) as Record<string, unknown>;
    for (const method of scanner.getAllMethodNames(prototype)) {
      const handler = prototype[method];
      if (typeof handler !== 'function') continue;
      const type = Reflect.getMetadata(RESOLVER_TYPE_METADATA, handler) as string | undefined;
      if (type !== 'Query' && type !== 'Mutation' && type !== 'Subscription') continue;
      const name = (Reflect.getMetadata(RESOLVER_NAME_METADATA, handler) as string | undefined) ?? method;
      rules.set(`${type}.${name}`, accessRuleOf(handler));
    }
  }
  return rules;
}

/** The operations of the schema the server runs, as "Query.name". */
function operationsOf(schema: GraphQLSchema): string[] {
  return [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].flatMap((type) =>
    type ? Object.keys(type.getFields()).map((field) => `${type.name}.${field}`) : [],
  );
}

async function createAccount(app: TestApp, email: string): Promise<string> {
  const passwordHash = await hashPassword(PASSWORD);
  const [row] = await app.dataSource.query<Array<{ id: string }>>(
    `INSERT INTO account (email, password_hash, version) VALUES ($1, $2, 1) RETURNING id`,
    [email, passwordHash],
  );
  return row!.id;
}

async function accountId(app: TestApp, email: string): Promise<string> {
  const [row] = await app.dataSource.query<Array<{ id: string }>>(`SELECT id FROM account WHERE email = $1`, [email]);
  if (!row) throw new Error(`no account ${email}: is it in the demo seed?`);
  return row.id;
}

async function actorOf(app: TestApp, email: string | null): Promise<Actor | null> {
  if (email === null) return null;
  return app.nest.get(ActorService).of({ req: { user: { id: await accountId(app, email), email } } });
}

/**
 * A subscription over graphql-ws with the visitor's session: its first event (the example's
 * trigger publishes one until it arrives) or the error it was refused with.
 */
async function subscribeOnce(app: TestApp, visitor: TestClient, query: string, example: Example): Promise<GraphQLResponse<Record<string, unknown>>> {
  const client = socketClient(app, visitor.cookies || null);
  let answered = false;
  try {
    const answer = new Promise<GraphQLResponse<Record<string, unknown>>['body']>((resolve, reject) => {
      const stop = client.subscribe<Record<string, unknown>>(
        { query },
        {
          next: (result) => {
            answered = true;
            stop();
            resolve({ data: result.data ?? null, errors: result.errors?.map((error) => ({ message: error.message, extensions: error.extensions })) });
          },
          error: (error) => {
            answered = true;
            if (Array.isArray(error)) resolve({ errors: error as GraphQLFormattedError[] });
            else reject(new Error(`the subscription's connection failed: ${String(error)}`));
          },
          complete: () => undefined,
        },
      );
    });
    while (!answered) {
      await example.trigger?.(app);
      await Promise.race([answer, sleep(50)]);
    }
    return { status: 200, headers: new Headers(), body: await answer };
  } finally {
    await client.dispose();
  }
}

async function visitor(app: TestApp, email: string | null): Promise<TestClient> {
  return email === null ? app.client() : app.signIn(email, PASSWORD);
}

describe('access to every operation', () => {
  let app: TestApp;
  let allianceIds: Map<string, string>;
  /** Body ids by "<alliance slug>/<body name>", for examples scoped to one body. */
  let bodyIds: Map<string, string>;

  beforeAll(async () => {
    app = await startTestApp({ seed: true });
    const rows = await app.dataSource.query<Array<{ slug: string; id: string }>>(`SELECT slug, id FROM alliance`);
    allianceIds = new Map(rows.map((row) => [row.slug, row.id]));
    const bodies = await app.dataSource.query<Array<{ key: string; id: string }>>(
      `SELECT a.slug || '/' || b.name AS key, b.id FROM body b JOIN alliance a ON a.id = b.alliance_id`,
    );
    bodyIds = new Map(bodies.map((row) => [row.key, row.id]));
    await createAccount(app, NO_ROLE);
    const formerChair = await createAccount(app, FORMER_CHAIR);
    await app.dataSource.query(
      `UPDATE person SET account_id = $1 WHERE display_name = 'Dr. Wolfgang Richter' AND alliance_id = $2`,
      [formerChair, allianceIds.get('hessen')],
    );
  });
  afterAll(() => app?.close());

  it('names a rule for every operation, as committed in the snapshot', () => {
    const rules = accessRules(app.nest);
    const operations = operationsOf(app.nest.get(GraphQLSchemaHost).schema);
    const table = Object.fromEntries(operations.sort().map((operation) => [operation, describeAccessRule(rules.get(operation))]));
    expect(Object.entries(table).filter(([, rule]) => rule === 'none')).toEqual([]);
    expect(table).toMatchSnapshot();
  });

  it('has an example invocation for every operation, and none for an operation that is gone', () => {
    const operations = operationsOf(app.nest.get(GraphQLSchemaHost).schema).sort();
    expect(Object.keys(EXAMPLES).sort()).toEqual(operations);
  });

  it('gives each demo account the role it is named for, and only current memberships count', async () => {
    const bodyKinds = new Map(
      (await app.dataSource.query<Array<{ id: string; kind: string }>>(`SELECT id, kind::text FROM body`)).map((b) => [b.id, b.kind]),
    );
    for (const account of DEMO_ACCOUNTS) {
      const actor = await actorOf(app, account.email);
      const roles = actor!.grants.map((grant) => `${grant.bodyId === null ? 'alliance' : bodyKinds.get(grant.bodyId)} ${grant.role}`);
      for (const role of account.roles) {
        expect(roles.some((held) => held.endsWith(role)), `${account.email} holds ${role}`).toBe(true);
      }
      const home = account.email.endsWith('@sachsen-anhalt.example.org') ? 'sachsen-anhalt' : 'hessen';
      expect(new Set(actor!.grants.map((grant) => grant.allianceId)), account.email).toEqual(new Set([allianceIds.get(home)]));
    }
    expect((await actorOf(app, NO_ROLE))?.grants).toEqual([]);
    expect((await actorOf(app, FORMER_CHAIR))?.grants).toEqual([]);
  });

  it.each(ACTORS.map((email) => [email ?? 'anonymous', email] as const))(
    'answers %s exactly as the policy says, for every operation',
    async (_name, email) => {
      const rules = accessRules(app.nest);
      const operations = operationsOf(app.nest.get(GraphQLSchemaHost).schema);
      const actor = await actorOf(app, email);
      const mismatches: string[] = [];
      for (const operation of operations) {
        const example = EXAMPLES[operation];
        const rule = rules.get(operation);
        if (!example || !rule) {
          mismatches.push(`${operation}: ${example ? 'no access rule' : 'no example'}`);
          continue;
        }
        // A fresh session per call: signOut and signOutEverywhere end the ones before.
        const client = await visitor(app, email);
        const query = typeof example.query === 'string' ? example.query : await example.query(app, email);
        const { status, body } = operation.startsWith('Subscription.') ? await subscribeOnce(app, client, query, example) : await client.graphql(query);
        const expected = expectedOutcome(rule, actor, example, allianceIds, bodyIds);
        const observed = observedOutcome(body, example);
        if (status !== 200 || observed !== expected) {
          mismatches.push(`${operation}: expected ${expected}, got ${observed} (HTTP ${status})`);
        }
      }
      expect(mismatches).toEqual([]);
    },
    // Every operation of every feature, each prepared on its own: the matrix outgrows the default per-test time.
    120_000,
  );

  it('refuses an account without any role in any alliance with FORBIDDEN, and anonymous callers with UNAUTHENTICATED', async () => {
    const none = await app.signIn(NO_ROLE, PASSWORD);
    const { body } = await none.graphql('{ alliances { id } }');
    expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(body.data).toBeNull();
    const anonymous = await app.graphql('{ alliance(slug: "hessen") { name } }');
    expect(anonymous.body.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    expect(anonymous.body.data).toEqual({ alliance: null });
  });

  it('tells the caller which permissions they hold in an alliance, so the web offers only what is allowed', async () => {
    const permissionsOf = async (email: string) => {
      const { body } = await (await app.signIn(email, PASSWORD)).graphql<{ alliances: Array<{ slug: string; viewerPermissions: string[] }> }>(
        '{ alliances { slug viewerPermissions } }',
      );
      return body.data?.alliances;
    };
    const secretariat = [
      'alliance.read',
      'alliance.administer',
      'audit.read',
      'recommendation.read',
      'recommendation.discuss',
      'indicator.manage',
      'plan.read-drafts',
      'plan.assemble',
      'ballot.read',
      'ballot.manage',
    ];
    // Every member of a steering board but an observer works on its declarations.
    const declarations = ['declaration.read', 'declaration.steer', 'declaration.draft', 'declaration.amend'];
    // Hessen's secretariat also sits in the steering board as its secretariat, which drafts in that body.
    expect(await permissionsOf('sekretariat@hessen.example.org')).toEqual([
      { slug: 'hessen', viewerPermissions: [...secretariat.slice(0, 4), 'recommendation.draft', ...secretariat.slice(4), ...declarations] },
    ]);
    // The steering board's chair: reads, and assembles and signs the plan; drafting belongs to the focus groups.
    expect(await permissionsOf('vorsitz@hessen.example.org')).toEqual([
      {
        slug: 'hessen',
        viewerPermissions: [
          'alliance.read', 'recommendation.read', 'recommendation.draft', 'recommendation.discuss', 'recommendation.review', 'plan.read-drafts', 'plan.assemble', 'plan.sign',
          'ballot.read', 'ballot.manage', 'ballot.vote', ...declarations,
        ],
      },
    ]);
    expect(await permissionsOf('beobachtung@hessen.example.org')).toEqual([
      { slug: 'hessen', viewerPermissions: ['alliance.read', 'recommendation.read', 'ballot.read', 'declaration.read'] },
    ]);
    // Sachsen-Anhalt's secretariat also chairs one of its working groups: that adds drafting, review and sign-off there.
    expect(await permissionsOf('sekretariat@sachsen-anhalt.example.org')).toEqual([
      {
        slug: 'sachsen-anhalt',
        viewerPermissions: [
          ...secretariat.slice(0, 4),
          'recommendation.draft',
          'recommendation.discuss',
          'recommendation.review',
          'indicator.manage',
          'plan.read-drafts',
          'plan.assemble',
          'plan.sign',
          'ballot.read',
          'ballot.manage',
          'ballot.vote',
          ...declarations,
        ],
      },
    ]);
  });

  it("loads the caller's roles once per request, however many operations check them", async () => {
    const reader = await app.signIn('beobachtung@hessen.example.org', PASSWORD);
    const { result, sql } = await QueryCounter.count(() => reader.graphql('{ alliances { id } alliance(slug: "hessen") { id } }'));
    expect(result.body.errors).toBeUndefined();
    expect(sql.filter((statement) => statement.includes('alliance_role'))).toHaveLength(1);
  });

  it("refuses a former chair whose membership has ended: yesterday's role grants nothing today", async () => {
    const former = await app.signIn(FORMER_CHAIR, PASSWORD);
    const { body } = await former.graphql('{ alliance(slug: "hessen") { name } }');
    expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  });
});

describe('isolation between alliances', () => {
  let app: TestApp;
  let allianceIds: Map<string, string>;

  beforeAll(async () => {
    // The walk below sends deep queries; the limits that protect production are not under test here.
    app = await startTestApp({ seed: true, env: { GRAPHQL_MAX_DEPTH: '30', GRAPHQL_MAX_COST: '10000000' } });
    const rows = await app.dataSource.query<Array<{ slug: string; id: string }>>(`SELECT slug, id FROM alliance`);
    allianceIds = new Map(rows.map((row) => [row.slug, row.id]));
  });
  afterAll(() => app?.close());

  it('answers a member of Sachsen-Anhalt null for Hessen and lists only their own alliance', async () => {
    const secretariat = await app.signIn('sekretariat@sachsen-anhalt.example.org', PASSWORD);
    const hessen = await secretariat.graphql('{ alliance(slug: "hessen") { id name } }');
    expect(hessen.body).toEqual({ data: { alliance: null } });
    const list = await secretariat.graphql<{ alliances: Array<{ slug: string }> }>('{ alliances { slug } }');
    expect(list.body.data?.alliances).toEqual([{ slug: 'sachsen-anhalt' }]);
  });

  it('answers a Hessen observer null for Sachsen-Anhalt, exactly as for a slug that does not exist', async () => {
    const observer = await app.signIn('beobachtung@hessen.example.org', PASSWORD);
    const other = await observer.graphql('{ alliance(slug: "sachsen-anhalt") { id } }');
    const unknown = await observer.graphql('{ alliance(slug: "gibt-es-nicht") { id } }');
    expect(other.body).toEqual({ data: { alliance: null } });
    expect(other.body).toEqual(unknown.body);
    const list = await observer.graphql<{ alliances: Array<{ slug: string }> }>('{ alliances { slug } }');
    expect(list.body.data?.alliances).toEqual([{ slug: 'hessen' }]);
  });

  // Hessen's demo data has rows of every type, so its walk must reach them all.
  it.each([
    ['sekretariat@sachsen-anhalt.example.org', 'sachsen-anhalt', 'hessen', false],
    ['mitglied@hessen.example.org', 'hessen', 'sachsen-anhalt', true],
  ] as const)('lets %s reach every entity type of their alliance along every query path, and nothing of another', async (email, home, other, everyType) => {
    const client = await app.signIn(email, PASSWORD);
    const schema = app.nest.get(GraphQLSchemaHost).schema;
    const reached: Array<{ typename: string; id: string }> = [];
    for (const query of walkQueries(schema, [`alliances`, `alliance(slug: "${home}")`, `alliance(slug: "${other}")`, 'viewer'])) {
      const { body } = await client.graphql(query);
      expect(body.errors, query).toBeUndefined();
      collectObjects(body.data, reached);
    }
    const ownAccount = await accountId(app, email);
    const outside: string[] = [];
    for (const { typename, id } of reached) {
      if (typename === 'Account') {
        if (id !== ownAccount) outside.push(`Account ${id}`);
        continue;
      }
      const table = ALLIANCE_TABLES[typename];
      if (!table) throw new Error(`${typename} is reachable: say in ALLIANCE_TABLES which alliance it belongs to`);
      const column = table === 'alliance' ? 'id' : 'alliance_id';
      const [row] = await app.dataSource.query<Array<{ alliance: string }>>(`SELECT ${column} AS alliance FROM ${table} WHERE id = $1`, [id]);
      if (row?.alliance !== allianceIds.get(home)) outside.push(`${typename} ${id}`);
    }
    expect(outside).toEqual([]);
    // The walk reached every entity type the alliance has rows of, so the check above covered each of them.
    const present: string[] = [];
    for (const [typename, table] of Object.entries(ALLIANCE_TABLES)) {
      const column = table === 'alliance' ? 'id' : 'alliance_id';
      const rows = await app.dataSource.query<unknown[]>(`SELECT 1 FROM ${table} WHERE ${column} = $1 LIMIT 1`, [allianceIds.get(home)]);
      if (rows.length > 0) present.push(typename);
    }
    expect(new Set(reached.map((object) => object.typename))).toEqual(new Set([...present, 'Account']));
    if (everyType) expect(present).toEqual(Object.keys(ALLIANCE_TABLES));
  });
});

/** The table of each entity type the api returns; each row belongs to one alliance. */
const ALLIANCE_TABLES: Record<string, string> = {
  Alliance: 'alliance',
  Body: 'body',
  ActionField: 'action_field',
  Organisation: 'organisation',
  Person: 'person',
  Membership: 'membership',
  Region: 'region',
  Recommendation: 'recommendation',
  RecommendationComment: 'recommendation_comment',
  // Transitions belong to their recommendation's alliance.
  RecommendationTransition: '(SELECT t.id, r.alliance_id FROM recommendation_transition t JOIN recommendation r ON r.id = t.recommendation_id) transition',
  Indicator: 'indicator',
  AlliancePlan: 'alliance_plan',
  PlanVersion: 'plan_version',
};

/**
 * Queries that follow every field of every object type from the given root fields, down every
 * path until a type repeats on it (there it takes only the id, which is still checked). One
 * query per field of the root's type; a field whose query would pass the parser's token limit
 * is split into one query per field of its type, and so on down.
 */
function walkQueries(schema: GraphQLSchema, roots: string[]): string[] {
  const queryType = schema.getQueryType()!;
  return roots.flatMap((root) => {
    const fieldName = root.replace(/\(.*$/, '');
    const field = queryType.getFields()[fieldName];
    if (!field) throw new Error(`Query.${fieldName} is not in the schema`);
    const type = getNamedType(field.type);
    if (!isObjectType(type)) return [`{ ${root} }`];
    return Object.values(type.getFields()).flatMap((child) => fitting((inner) => `{ ${root} { ${inner} } }`, type, child, [type]));
  });
}

/** Below the api's limit of 2000 tokens per document, with room to spare. */
const TOKEN_BUDGET = 1800;

function fitting(wrap: (inner: string) => string, parent: GraphQLObjectType, field: GraphQLField<unknown, unknown>, path: GraphQLObjectType[]): string[] {
  const query = wrap(`__typename ${idOf(parent)} ${selection(field, path)}`);
  const type = getNamedType(field.type);
  if (tokenCount(query) <= TOKEN_BUDGET || !isObjectType(type) || path.includes(type)) return [query];
  const within = (inner: string) => wrap(`__typename ${idOf(parent)} ${callOf(field)} { ${inner} }`);
  return Object.values(type.getFields()).flatMap((child) => fitting(within, type, child, [...path, type]));
}

function tokenCount(query: string): number {
  const lexer = new Lexer(new Source(query));
  let count = 0;
  while (lexer.advance().kind !== TokenKind.EOF) count += 1;
  return count;
}

function idOf(type: GraphQLObjectType): string {
  return 'id' in type.getFields() ? 'id' : '';
}

function callOf(field: GraphQLField<unknown, unknown>): string {
  const args = field.args
    .map((arg) => {
      if (isNonNullType(arg.type) && arg.defaultValue === undefined) {
        // Numbers that must be given count from 1 (e.g. compareRevisions(from, to)): the first always exists.
        if (getNamedType(arg.type).name === 'Int') return `${arg.name}: 1`;
        throw new Error(`${field.name} needs ${arg.name}: give the walk a value for it`);
      }
      // Optional switches such as includeFormer: the wider answer is the one to check.
      return getNamedType(arg.type).name === 'Boolean' ? `${arg.name}: true` : '';
    })
    .filter(Boolean);
  return args.length > 0 ? `${field.name}(${args.join(', ')})` : field.name;
}

function selection(field: GraphQLField<unknown, unknown>, path: GraphQLObjectType[]): string {
  const call = callOf(field);
  const type = getNamedType(field.type);
  if (isLeafType(type)) return call;
  if (!isObjectType(type)) throw new Error(`${field.name}: the walk knows object and leaf types only`);
  if (path.includes(type)) return `${call} { __typename ${idOf(type)} }`;
  const children = Object.values(type.getFields()).map((child) => selection(child, [...path, type]));
  return `${call} { __typename ${idOf(type)} ${children.join(' ')} }`;
}

function collectObjects(value: unknown, into: Array<{ typename: string; id: string }>): void {
  if (Array.isArray(value)) {
    for (const item of value) collectObjects(item, into);
  } else if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    if (typeof record.__typename === 'string' && typeof record.id === 'string') into.push({ typename: record.__typename, id: record.id });
    for (const child of Object.values(record)) collectObjects(child, into);
  }
}

// A resolver that names no rule, mounted beside the real app, to show the guard refuses it.
@Resolver()
class ForgottenRuleResolver {
  @Query(() => String, { description: 'test only: no access rule' })
  forgottenQuery(): string {
    return 'leaked';
  }

  @Mutation(() => String, { description: 'test only: no access rule' })
  forgottenMutation(): string {
    return 'changed';
  }

  @Public()
  @Query(() => String, { description: 'test only: public' })
  testPublic(): string {
    return 'open';
  }
}

@Module({ providers: [ForgottenRuleResolver] })
class ForgottenRuleModule {}

describe('deny by default', () => {
  let forgetful: TestApp;

  beforeAll(async () => {
    forgetful = await startTestApp({ modules: [ForgottenRuleModule] });
  });
  afterAll(() => forgetful?.close());

  async function post(query: string) {
    return (await forgetful.graphql(query)).body;
  }

  it('refuses a query and a mutation whose resolver names no rule, and says why', async () => {
    for (const query of ['{ forgottenQuery }', 'mutation { forgottenMutation }']) {
      const body = await post(query);
      expect(body.data).toBeNull();
      expect(body.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([['FORBIDDEN', 'This operation has no access rule.']]);
    }
  });

  it('still runs an operation of the same resolver that names one', async () => {
    expect(await post('{ testPublic }')).toEqual({ data: { testPublic: 'open' } });
  });
});
