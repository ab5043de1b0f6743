import { Module } from '@nestjs/common';
import { Args, Field, GraphQLSchemaHost, ID, InputType, Mutation, ObjectType, Resolver } from '@nestjs/graphql';
import { ConflictError, Public } from '@pakt/api-access';
import { AuditService, emailDigest } from '@pakt/api-audit';
import { getNamedType, type GraphQLFormattedError } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestClient } from './support/test-app';

// The audit log over real HTTP and PostgreSQL: sign-ins and every mutation leave an entry, the
// secretariat reads its alliance's entries (filtered, paged), nobody else does, and neither the
// API nor SQL can change or remove an entry.

const SECRETARIAT = 'sekretariat@hessen.example.org';
const MEMBER = 'mitglied@hessen.example.org';

interface Entry {
  id: string;
  occurredAt: string;
  action: string;
  actorAccountId: string | null;
  actorName: string | null;
  objectType: string | null;
  objectId: string | null;
  details: Record<string, unknown> | null;
}

interface AuditLogData {
  auditLog: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ cursor: string; node: Entry }> };
}

const AUDIT_LOG = `query AuditLog($allianceId: ID!, $action: String, $actorAccountId: ID, $objectType: String, $from: DateTime, $to: DateTime, $first: Int, $after: String) {
  auditLog(allianceId: $allianceId, action: $action, actorAccountId: $actorAccountId, objectType: $objectType, from: $from, to: $to, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id occurredAt action actorAccountId actorName objectType objectId details } }
  }
}`;

const SIGN_IN = 'mutation SignIn($input: SignInInput!) { signIn(input: $input) { account { id } } }';

async function readLog(client: TestClient, variables: Record<string, unknown>): Promise<Entry[]> {
  const { body } = await client.graphql<AuditLogData>(AUDIT_LOG, variables);
  expect(body.errors).toBeUndefined();
  return body.data!.auditLog.edges.map((edge) => edge.node);
}

const codes = (errors: readonly GraphQLFormattedError[] | undefined) => errors?.map((error) => error.extensions?.code);

describe('the audit log', () => {
  let app: TestApp;
  let hessen: string;
  let sachsenAnhalt: string;
  let secretariat: TestClient;

  const accountId = async (email: string) =>
    (await app.dataSource.query<Array<{ id: string }>>(`SELECT id FROM account WHERE email = $1`, [email]))[0]!.id;

  beforeAll(async () => {
    app = await startTestApp({ seed: true });
    const rows = await app.dataSource.query<Array<{ slug: string; id: string }>>(`SELECT slug, id FROM alliance`);
    const ids = new Map(rows.map((row) => [row.slug, row.id]));
    hessen = ids.get('hessen')!;
    sachsenAnhalt = ids.get('sachsen-anhalt')!;
    secretariat = await app.signIn(SECRETARIAT);
  });
  afterAll(() => app?.close());

  it('records a successful sign-in with the account as actor and object', async () => {
    const member = await accountId(MEMBER);
    await app.signIn(MEMBER);
    const [entry] = await readLog(secretariat, { allianceId: hessen, action: 'signIn.succeeded', actorAccountId: member });
    // Named as the alliance knows the person now; the log itself keeps only the account id.
    expect(entry).toMatchObject({ actorAccountId: member, actorName: 'Oliver Frank', objectType: 'Account', objectId: member });
    expect(entry!.details).toEqual({ emailSha256: emailDigest(MEMBER) });
  });

  it('records failed sign-ins with the e-mail only as its digest, never the password typed', async () => {
    const member = await accountId(MEMBER);
    const wrong = await app.graphql(SIGN_IN, { input: { email: 'Mitglied@Hessen.example.org', password: 'not-the-password-4711' } });
    expect(codes(wrong.body.errors)).toEqual(['UNAUTHENTICATED']);
    const unknown = await app.graphql(SIGN_IN, { input: { email: 'niemand@example.org', password: 'not-the-password-4711' } });
    expect(codes(unknown.body.errors)).toEqual(['UNAUTHENTICATED']);

    // An attempt on a member's account shows in the alliance's log, with nobody as actor.
    const [attempt] = await readLog(secretariat, { allianceId: hessen, action: 'signIn.failed' });
    expect(attempt).toMatchObject({ actorAccountId: null, actorName: null, objectType: 'Account', objectId: member });
    expect(attempt!.details).toEqual({ emailSha256: emailDigest(MEMBER) });

    // An unknown address belongs to no alliance's log, but the table has it, as a digest.
    const stored = await app.dataSource.query<Array<{ details: unknown; object_id: string | null }>>(
      `SELECT details, object_id FROM audit_entry WHERE action = 'signIn.failed' AND details->>'emailSha256' = $1`,
      [emailDigest('niemand@example.org')],
    );
    expect(stored).toEqual([{ details: { emailSha256: emailDigest('niemand@example.org') }, object_id: null }]);

    // The generic entry of the mutation keeps the arguments, but not the password nor the address typed.
    const [generic] = await readLog(secretariat, { allianceId: hessen, action: 'mutation.signIn' });
    expect(generic).toBeDefined();
    const [leaked] = await app.dataSource.query<Array<{ leaks: number }>>(
      `SELECT count(*)::int AS leaks FROM audit_entry
        WHERE details::text ILIKE '%not-the-password%' OR details::text ILIKE '%pakt-demo%' OR details::text ILIKE '%niemand@%'`,
    );
    expect(leaked?.leaks).toBe(0);
    const failedSignIns = await app.dataSource.query<Array<{ details: { outcome: string; arguments: unknown } }>>(
      `SELECT details FROM audit_entry WHERE action = 'mutation.signIn' AND details->>'outcome' = 'UNAUTHENTICATED' ORDER BY id`,
    );
    expect(failedSignIns.map((row) => row.details)).toEqual([
      { outcome: 'UNAUTHENTICATED', arguments: { input: { emailSha256: emailDigest(MEMBER) } } },
      { outcome: 'UNAUTHENTICATED', arguments: { input: { emailSha256: emailDigest('niemand@example.org') } } },
    ]);
  });

  it('records a refused sign-in when the throttle holds an address back', async () => {
    const email = 'stellvertretung@hessen.example.org';
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await app.graphql(SIGN_IN, { input: { email, password: `wrong-${attempt}` } });
    }
    const refused = await app.graphql(SIGN_IN, { input: { email, password: 'pakt-demo' } });
    expect(codes(refused.body.errors)).toEqual(['RATE_LIMITED']);
    const [entry] = await readLog(secretariat, { allianceId: hessen, action: 'signIn.throttled' });
    expect(entry).toMatchObject({ actorAccountId: null, objectType: 'Account', objectId: await accountId(email) });
  });

  it('records sign-out and sign-out everywhere with the account that ended its sessions', async () => {
    const observer = await accountId('beobachtung@hessen.example.org');
    await (await app.signIn('beobachtung@hessen.example.org')).graphql('mutation { signOut }');
    await (await app.signIn('beobachtung@hessen.example.org')).graphql('mutation { signOutEverywhere }');
    for (const action of ['signOut', 'session.endedEverywhere', 'mutation.signOut', 'mutation.signOutEverywhere']) {
      const [entry] = await readLog(secretariat, { allianceId: hessen, action, actorAccountId: observer });
      expect(entry, action).toMatchObject({ actorAccountId: observer, actorName: expect.any(String) });
    }
  });

  it("records a membership change in the alliance: the service's own entry and the mutation's, with who and which membership", async () => {
    const [membership] = await app.dataSource.query<Array<{ id: string; version: number }>>(
      `SELECT m.id, m.version FROM membership m JOIN person p ON p.id = m.person_id JOIN account a ON a.id = p.account_id
        WHERE a.email = $1 AND m.role = 'MEMBER'`,
      [MEMBER],
    );
    const { body } = await secretariat.graphql(
      'mutation Change($input: ChangeMembershipInput!) { changeMembership(input: $input) { id role } }',
      { input: { id: membership!.id, version: membership!.version, role: 'OBSERVER' } },
    );
    expect(body.errors).toBeUndefined();
    const actor = await accountId(SECRETARIAT);
    const [generic] = await readLog(secretariat, { allianceId: hessen, action: 'mutation.changeMembership' });
    expect(generic).toMatchObject({ actorAccountId: actor, actorName: expect.any(String), objectType: 'Membership', objectId: membership!.id });
    expect(generic!.details).toEqual({
      outcome: 'ok',
      arguments: { input: { id: membership!.id, version: membership!.version, role: 'OBSERVER' } },
    });
    // The membership service's own entry, written in the transaction of the change.
    const [specific] = await readLog(secretariat, { allianceId: hessen, action: 'membership.changed' });
    expect(specific).toMatchObject({ actorAccountId: actor, objectType: 'Membership', objectId: membership!.id });
  });

  it('writes an entry inside the caller transaction: rolled back, it is gone with the change', async () => {
    const audit = app.nest.get(AuditService);
    await app.dataSource
      .transaction(async (manager) => {
        await audit.record({ action: 'test.rolledBack', allianceId: hessen }, manager);
        throw new Error('the change fails');
      })
      .catch(() => undefined);
    await app.dataSource.transaction((manager) => audit.record({ action: 'test.committed', allianceId: hessen }, manager));
    const actions = await app.dataSource.query<Array<{ action: string }>>(`SELECT action FROM audit_entry WHERE action LIKE 'test.%'`);
    expect(actions).toEqual([{ action: 'test.committed' }]);
  });

  describe('reading', () => {
    // Entries of a kind nothing else writes, at known times, in both alliances.
    const times = ['2025-01-01T08:00:00Z', '2025-01-02T08:00:00Z', '2025-01-03T08:00:00Z', '2025-01-04T08:00:00Z', '2025-01-05T08:00:00Z'];
    let actor: string;

    beforeAll(async () => {
      actor = await accountId(SECRETARIAT);
      for (const [index, time] of times.entries()) {
        await app.dataSource.query(
          `INSERT INTO audit_entry (occurred_at, alliance_id, actor_account_id, action, object_type, object_id)
           VALUES ($1, $2, $3, $4, 'Sample', $5)`,
          [time, hessen, index % 2 === 0 ? actor : null, index < 3 ? 'sample.made' : 'sample.changed', `h${index}`],
        );
      }
      await app.dataSource.query(
        `INSERT INTO audit_entry (alliance_id, action, object_type, object_id) VALUES ($1, 'sample.made', 'Sample', 'other')`,
        [sachsenAnhalt],
      );
    });

    it("pages through the alliance's entries newest first, and never shows another alliance's", async () => {
      const seen: string[] = [];
      let after: string | null = null;
      let pages = 0;
      do {
        const response: { body: { data?: AuditLogData | null; errors?: unknown } } = await secretariat.graphql<AuditLogData>(AUDIT_LOG, {
          allianceId: hessen,
          objectType: 'Sample',
          first: 2,
          after,
        });
        expect(response.body.errors).toBeUndefined();
        const log: AuditLogData['auditLog'] = response.body.data!.auditLog;
        expect(log.totalCount).toBe(5);
        seen.push(...log.edges.map((edge) => edge.node.objectId!));
        after = log.pageInfo.hasNextPage ? log.pageInfo.endCursor : null;
        pages += 1;
      } while (after !== null);
      expect(pages).toBe(3);
      expect(seen).toEqual(['h4', 'h3', 'h2', 'h1', 'h0']);
    });

    it('filters by action, actor, object type and time, all together', async () => {
      const ids = async (variables: Record<string, unknown>) =>
        (await readLog(secretariat, { allianceId: hessen, objectType: 'Sample', ...variables })).map((entry) => entry.objectId);
      expect(await ids({ action: 'sample.made' })).toEqual(['h2', 'h1', 'h0']);
      expect(await ids({ actorAccountId: actor })).toEqual(['h4', 'h2', 'h0']);
      expect(await ids({ from: times[1], to: times[3] })).toEqual(['h2', 'h1']);
      expect(await ids({ action: 'sample.changed', actorAccountId: actor, from: times[3] })).toEqual(['h4']);
      expect(await ids({ objectType: 'Nothing' })).toEqual([]);
    });

    it('answers NOT_FOUND to the secretariat of another alliance, FORBIDDEN to members, UNAUTHENTICATED to visitors', async () => {
      const other = await app.signIn('sekretariat@sachsen-anhalt.example.org');
      const chair = await app.signIn('vorsitz@hessen.example.org');
      expect(codes((await other.graphql(AUDIT_LOG, { allianceId: hessen })).body.errors)).toEqual(['NOT_FOUND']);
      expect(codes((await chair.graphql(AUDIT_LOG, { allianceId: hessen })).body.errors)).toEqual(['FORBIDDEN']);
      expect(codes((await app.graphql(AUDIT_LOG, { allianceId: hessen })).body.errors)).toEqual(['UNAUTHENTICATED']);
      // Their own alliance's log holds only their own entries.
      const theirs = await readLog(other, { allianceId: sachsenAnhalt, objectType: 'Sample' });
      expect(theirs.map((entry) => entry.objectId)).toEqual(['other']);
    });

    it('refuses a page size beyond the limit and a cursor it did not hand out, naming the field', async () => {
      const tooMany = await secretariat.graphql(AUDIT_LOG, { allianceId: hessen, first: 201 });
      expect(tooMany.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { first: expect.any(String) } });
      const forged = await secretariat.graphql(AUDIT_LOG, { allianceId: hessen, after: 'bm90IGEgY3Vyc29y' });
      expect(forged.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { after: expect.any(String) } });
      const notAnId = await secretariat.graphql(AUDIT_LOG, { allianceId: 'hessen' });
      expect(notAnId.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { allianceId: expect.any(String) } });
    });
  });

  it('offers no operation that changes or removes entries', () => {
    const schema = app.nest.get(GraphQLSchemaHost).schema;
    const mutations = Object.values(schema.getMutationType()?.getFields() ?? {});
    const touching = mutations.filter((field) => /audit/i.test(field.name) || getNamedType(field.type).name.startsWith('AuditEntry'));
    expect(touching.map((field) => field.name)).toEqual([]);
  });

  it('is append-only in the database itself: UPDATE, DELETE and TRUNCATE are refused', async () => {
    const before = await app.dataSource.query<unknown[]>(`SELECT * FROM audit_entry ORDER BY id`);
    expect(before.length).toBeGreaterThan(0);
    for (const statement of [
      `UPDATE audit_entry SET action = 'rewritten'`,
      `DELETE FROM audit_entry`,
      `TRUNCATE audit_entry`,
    ]) {
      await expect(app.dataSource.query(statement), statement).rejects.toThrow(/append-only/);
    }
    expect(await app.dataSource.query(`SELECT * FROM audit_entry ORDER BY id`)).toEqual(before);
  });
});

// A feature added after the audit log, whose author wrote no audit code at all.
@ObjectType()
class LaterThing {
  @Field(() => ID)
  id!: string;

  @Field()
  allianceId!: string;

  @Field()
  name!: string;
}

@InputType()
class RenameLaterThingInput {
  @Field()
  name!: string;

  @Field()
  password!: string;
}

@Resolver()
class LaterFeatureResolver {
  @Public()
  @Mutation(() => LaterThing, { description: 'test only: a mutation written after the audit log' })
  renameLaterThing(@Args('input') input: RenameLaterThingInput): LaterThing {
    return { id: 'thing-1', allianceId: '00000000-0000-4000-8000-000000000001', name: input.name };
  }

  @Public()
  @Mutation(() => LaterThing, { description: 'test only: one that fails' })
  clashLaterThing(): LaterThing {
    throw new ConflictError('Changed meanwhile.', { currentVersion: 2 });
  }
}

@Module({ providers: [LaterFeatureResolver] })
class LaterFeatureModule {}

describe('a mutation added later', () => {
  let later: TestApp;

  beforeAll(async () => {
    later = await startTestApp({ modules: [LaterFeatureModule] });
  });
  afterAll(() => later?.close());

  async function post(query: string) {
    return (await later.graphql(query)).body;
  }

  const entries = () =>
    later.dataSource
      .query<Array<Record<string, unknown>>>(`SELECT action, alliance_id, actor_account_id, object_type, object_id, details FROM audit_entry ORDER BY id`);

  it('is logged with its outcome, its object and alliance, and its arguments without secrets', async () => {
    const body = await post('mutation { renameLaterThing(input: { name: "Neu", password: "geheim-123" }) { id } }');
    expect(body.errors).toBeUndefined();
    const failed = await post('mutation { clashLaterThing { id } }');
    expect(codes(failed.errors)).toEqual(['CONFLICT']);
    expect(await entries()).toEqual([
      {
        action: 'mutation.renameLaterThing',
        alliance_id: '00000000-0000-4000-8000-000000000001',
        actor_account_id: null,
        object_type: 'LaterThing',
        object_id: 'thing-1',
        details: { outcome: 'ok', arguments: { input: { name: 'Neu' } } },
      },
      {
        action: 'mutation.clashLaterThing',
        alliance_id: null,
        actor_account_id: null,
        object_type: null,
        object_id: null,
        details: { outcome: 'CONFLICT', arguments: {} },
      },
    ]);
  });
});
