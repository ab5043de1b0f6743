import { readFileSync } from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { ActionField, Body, BodyActionField, Membership, Organisation, Person } from '@pakt/api-alliance';
import { QueryCounter } from '@pakt/api-database';
import { hashPassword } from '@pakt/api-identity';
import { ORGANISATION_KINDS } from '@pakt/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestClient } from './support/test-app';

// Exactly what the web's overview page sends.
const OVERVIEW = readFileSync(
  path.resolve(import.meta.dirname, '../../../libs/web/alliance/src/graphql/alliance-overview.graphql'),
  'utf8',
);

interface Seat {
  person: { displayName: string };
  organisation: { name: string } | null;
}
interface Overview {
  alliance: {
    id: string;
    name: string;
    state: string;
    constitutedOn: string;
    steeringBoard: { name: string; memberCount: number; chair: Seat | null; deputyChair: Seat | null };
    bodies: Array<{ name: string; kind: string; memberCount: number; actionFields: Array<{ title: string }>; chair: Seat | null }>;
    organisations: Array<{ name: string; shortName: string | null; kind: (typeof ORGANISATION_KINDS)[number] }>;
    regions: Array<{ id: string }>;
  } | null;
}

describe('the alliance structure as the overview page reads it', () => {
  let app: TestApp;
  // Members read their own alliance: the Hessen observer (the least role) and the Sachsen-Anhalt secretariat.
  let readers: Record<'hessen' | 'sachsen-anhalt', TestClient>;

  beforeAll(async () => {
    app = await startTestApp({ seed: true });
    readers = {
      hessen: await app.signIn('beobachtung@hessen.example.org'),
      'sachsen-anhalt': await app.signIn('sekretariat@sachsen-anhalt.example.org'),
    };
  });
  afterAll(() => app?.close());

  async function overview(slug: 'hessen' | 'sachsen-anhalt') {
    const { status, body } = await readers[slug].graphql<Overview>(OVERVIEW, { slug });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    return body.data?.alliance ?? null;
  }

  it('lists both demo alliances by name to a person who belongs to both', async () => {
    const account = await app.dataSource.query<Array<{ id: string }>>(
      `INSERT INTO account (email, password_hash, version) VALUES ('in-beiden@example.org', $1, 1) RETURNING id`,
      [await hashPassword('pakt-demo')],
    );
    await app.dataSource.query(
      `UPDATE person SET account_id = $1 WHERE id IN (
         SELECT DISTINCT ON (p.alliance_id) p.id FROM person p JOIN membership m ON m.person_id = p.id
          WHERE p.account_id IS NULL AND m.until IS NULL ORDER BY p.alliance_id, p.id)`,
      [account[0]!.id],
    );
    const both = await app.signIn('in-beiden@example.org');
    const { body } = await both.graphql<{ alliances: Array<{ slug: string; name: string }> }>('{ alliances { slug name } }');
    expect(body.data?.alliances).toEqual([
      { slug: 'sachsen-anhalt', name: 'Fachkräftesicherungspakt Sachsen-Anhalt' },
      { slug: 'hessen', name: 'Neues Bündnis Fachkräftesicherung Hessen' },
    ]);
  });

  it("shows Hessen's steering board with its chair from the ministry and its deputy from the employment agency", async () => {
    const hessen = await overview('hessen');
    expect(hessen).toMatchObject({ name: 'Neues Bündnis Fachkräftesicherung Hessen', state: 'Hessen', constitutedOn: '2020-09-22' });
    expect(hessen?.steeringBoard).toEqual({
      id: expect.any(String),
      name: 'Dachgremium',
      memberCount: 18,
      chair: {
        id: expect.any(String),
        person: { id: expect.any(String), displayName: 'Tobias Lindner' },
        organisation: { id: expect.any(String), name: 'Hessisches Ministerium für Soziales und Integration' },
      },
      deputyChair: {
        id: expect.any(String),
        person: { id: expect.any(String), displayName: 'Dr. Sabine Kessler' },
        organisation: { id: expect.any(String), name: 'Regionaldirektion Hessen der Bundesagentur für Arbeit' },
      },
    });
  });

  it('shows the steering board first, then the four focus groups with their action field, chair and member count', async () => {
    const hessen = await overview('hessen');
    const summary = hessen?.bodies.map((b) => ({
      name: b.name,
      kind: b.kind,
      fields: b.actionFields.map((f) => f.title),
      chair: b.chair?.person.displayName,
      members: b.memberCount,
    }));
    expect(summary?.[0]).toMatchObject({ name: 'Dachgremium', kind: 'STEERING_BOARD', chair: 'Tobias Lindner', members: 18 });
    expect(summary?.slice(1)).toEqual([
      {
        name: 'Fokusgruppe Digitaler Wandel und Handwerk',
        kind: 'FOCUS_GROUP',
        fields: ['Fachkräftesicherung im digitalen Wandel und im Handwerk'],
        chair: 'Dr. Frieder Haas',
        members: 14, // with its observer, who counts as a member of the group
      },
      {
        name: 'Fokusgruppe Internationalisierung und Vielfalt',
        kind: 'FOCUS_GROUP',
        fields: ['Fachkräftesicherung im Kontext Internationalisierung und Vielfalt'],
        chair: 'Dr. Aylin Kaya',
        members: 14,
      },
      {
        name: 'Fokusgruppe Kinder- und Jugendhilfe',
        kind: 'FOCUS_GROUP',
        fields: ['Fachkräftesicherung in der Kinder- und Jugendhilfe'],
        chair: 'Birgit Krämer',
        members: 13,
      },
      {
        // The chair who stepped down in 2022 is neither shown nor counted.
        name: 'Fokusgruppe Pflege und Gesundheit',
        kind: 'FOCUS_GROUP',
        fields: ['Fachkräftesicherung in Pflege und Gesundheit'],
        chair: 'Dr. Miriam Albrecht',
        members: 14,
      },
    ]);
  });

  it('lists the member organisations by kind, ministries first, including the scientific institute', async () => {
    const hessen = await overview('hessen');
    const organisations = hessen?.organisations ?? [];
    const kinds = organisations.map((o) => ORGANISATION_KINDS.indexOf(o.kind));
    expect(kinds).toEqual([...kinds].sort((a, b) => a - b));
    expect(organisations[0]?.kind).toBe('MINISTRY');
    expect(new Set(organisations.map((o) => o.kind))).toEqual(
      new Set(['MINISTRY', 'EMPLOYMENT_AGENCY', 'CHAMBER', 'UNION', 'EMPLOYER_ASSOCIATION', 'MUNICIPAL_ASSOCIATION', 'UNIVERSITY_RESEARCH', 'WELFARE_ASSOCIATION', 'OTHER']),
    );
    expect(organisations).toContainEqual({
      id: expect.any(String),
      name: 'Institut für Wirtschaft, Arbeit und Kultur (IWAK) der Goethe-Universität Frankfurt am Main',
      shortName: 'IWAK',
      kind: 'UNIVERSITY_RESEARCH',
    });
  });

  it("places Hessen's 21 districts and 5 independent cities, after the state, with their official keys", async () => {
    const { body } = await readers.hessen.graphql<{ alliance: { regions: Array<{ name: string; kind: string; code: string }> } }>(
      '{ alliance(slug: "hessen") { regions { name kind code } } }',
    );
    const regions = body.data?.alliance.regions ?? [];
    expect(regions[0]).toEqual({ name: 'Hessen', kind: 'STATE', code: '06' });
    expect(regions.filter((r) => r.kind === 'DISTRICT')).toHaveLength(21);
    expect(regions.filter((r) => r.kind === 'INDEPENDENT_CITY')).toHaveLength(5);
    expect(regions).toContainEqual({ name: 'Frankfurt am Main', kind: 'INDEPENDENT_CITY', code: '06412' });
    expect(regions).toContainEqual({ name: 'Werra-Meißner-Kreis', kind: 'DISTRICT', code: '06636' });
    expect(regions).toContainEqual({ name: 'Landkreis Hersfeld-Rotenburg', kind: 'DISTRICT', code: '06632' });
  });

  it("shows Sachsen-Anhalt's six strategic priorities in order, each followed by a working group with a chair", async () => {
    const { body } = await readers['sachsen-anhalt'].graphql<{
      alliance: {
        steeringBoard: { chair: Seat };
        actionFields: Array<{ title: string; bodies: Array<{ kind: string; name: string; chair: Seat | null }> }>;
      };
    }>(`{
      alliance(slug: "sachsen-anhalt") {
        steeringBoard { chair { person { displayName } organisation { name } } }
        actionFields { title bodies { kind name chair { person { displayName } organisation { name } } } }
      }
    }`);
    const pact = body.data?.alliance;
    expect(pact?.steeringBoard.chair.organisation?.name).toBe('Ministerium für Arbeit, Soziales, Gesundheit und Gleichstellung');
    expect(pact?.actionFields.map((f) => f.title)).toEqual([
      'Berufsausbildung stärken',
      'Arbeitsmarktintegration fördern',
      'Qualifizierung gestalten',
      'Gründungen und Unternehmensnachfolgen erleichtern',
      'Digitalisierung der Arbeitswelt unterstützen',
      'Mehr Durchlässigkeit zwischen beruflicher und akademischer Bildung erreichen',
    ]);
    for (const field of pact?.actionFields ?? []) {
      const groups = field.bodies.filter((b) => b.kind === 'FOCUS_GROUP');
      expect(groups, field.title).toHaveLength(1);
      expect(groups[0]?.name, field.title).toMatch(/^Arbeitsgruppe /);
      expect(groups[0]?.chair?.person.displayName, field.title).toBeTruthy();
    }
  });

  it('lists current memberships chair first, and former ones only when asked', async () => {
    const query = `query ($slug: String!, $former: Boolean!) {
      alliance(slug: $slug) { bodies { name memberships(includeFormer: $former) { role since until person { displayName } } } }
    }`;
    type Result = { alliance: { bodies: Array<{ name: string; memberships: Array<{ role: string; since: string; until: string | null; person: { displayName: string } }> }> } };
    const care = async (former: boolean) => {
      const { body } = await readers.hessen.graphql<Result>(query, { slug: 'hessen', former });
      return body.data?.alliance.bodies.find((b) => b.name === 'Fokusgruppe Pflege und Gesundheit')?.memberships ?? [];
    };
    const current = await care(false);
    expect(current.slice(0, 3).map((m) => m.role)).toEqual(['CHAIR', 'DEPUTY_CHAIR', 'SECRETARIAT']);
    expect(current.map((m) => m.person.displayName)).not.toContain('Dr. Wolfgang Richter');
    expect(await care(true)).toContainEqual({
      role: 'CHAIR',
      since: '2020-11-26',
      until: '2022-03-31',
      person: { displayName: 'Dr. Wolfgang Richter' },
    });
  });

  it('answers null, not an error, for an alliance that does not exist', async () => {
    const { status, body } = await readers.hessen.graphql('{ alliance(slug: "nope") { name } }');
    expect(status).toBe(200);
    expect(body).toEqual({ data: { alliance: null } });
  });

  it('needs as many SQL statements for a large alliance as for a small one (no N+1)', async () => {
    const measure = async () => {
      const { result, statements } = await QueryCounter.count(() => overview('hessen'));
      expect(result?.bodies.length).toBeGreaterThan(0);
      return { statements, bodies: result?.bodies.length ?? 0 };
    };
    const before = await measure();

    await growHessen(app, { bodies: 12, organisations: 25, membersPerBody: 30 });

    const after = await measure();
    expect(after.bodies).toBe(before.bodies + 12);
    expect(after.statements).toBe(before.statements);
    // One per relation, not one per row: alliance, bodies, action fields, memberships, people, organisations ×2, regions.
    expect(before.statements).toBeLessThanOrEqual(10);
  });
});

describe('the schema the migrations build', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app?.close());

  it('is exactly what the entities describe, so nothing is left for synchronize to do', async () => {
    const pending = await app.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });
});

/** Adds bodies, organisations, people and memberships to Hessen straight through the DataSource. */
async function growHessen(app: TestApp, size: { bodies: number; organisations: number; membersPerBody: number }) {
  const { id: allianceId } = await app.dataSource.query<Array<{ id: string }>>(`SELECT id FROM alliance WHERE slug = 'hessen'`).then((rows) => rows[0]!);
  await app.dataSource.transaction(async (manager) => {
    const organisations = Array.from({ length: size.organisations }, (_, i) => ({
      id: randomUUID(),
      allianceId,
      name: `Testorganisation ${i + 1}`,
      kind: ORGANISATION_KINDS[i % ORGANISATION_KINDS.length]!,
    }));
    await manager.insert(Organisation, organisations);
    const field = { id: randomUUID(), allianceId, title: 'Testhandlungsfeld', position: 99 };
    await manager.insert(ActionField, field);
    for (let b = 0; b < size.bodies; b++) {
      const bodyId = randomUUID();
      await manager.insert(Body, { id: bodyId, allianceId, name: `Testgruppe ${b + 1}`, kind: 'FOCUS_GROUP' });
      await manager.insert(BodyActionField, { bodyId, actionFieldId: field.id, allianceId });
      const people = Array.from({ length: size.membersPerBody }, (_, p) => ({
        id: randomUUID(),
        allianceId,
        displayName: `Person ${b + 1}.${p + 1}`,
      }));
      await manager.insert(Person, people);
      await manager.insert(
        Membership,
        people.map((person, p) => ({
          allianceId,
          bodyId,
          personId: person.id,
          organisationId: organisations[(b + p) % organisations.length]!.id,
          role: p === 0 ? ('CHAIR' as const) : ('MEMBER' as const),
          since: '2024-01-01',
        })),
      );
    }
  });
}
