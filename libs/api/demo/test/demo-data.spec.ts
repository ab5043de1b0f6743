import { countCurrentMembers, currentChair, currentDeputyChair, isAgsPrefix, type MembershipFacts } from '@pakt/domain';
import { describe, expect, it } from 'vitest';
import { demoAlliances, type SeedAlliance } from '../src/data';

const today = '2025-06-01';

function alliance(slug: string): SeedAlliance {
  const found = demoAlliances.find((a) => a.slug === slug);
  if (!found) throw new Error(`no demo alliance ${slug}`);
  return found;
}

function facts(body: SeedAlliance['bodies'][number]): MembershipFacts[] {
  return body.memberships.map((m, index) => ({
    id: String(index),
    personId: m.person,
    role: m.role,
    since: m.since ?? body.since,
    until: m.until ?? null,
  }));
}

describe('the demo data', () => {
  it('gives Hessen its 21 districts and 5 independent cities with valid official keys, plus the state', () => {
    const { regions } = alliance('hessen');
    expect(regions.filter((r) => r.kind === 'STATE')).toEqual([{ name: 'Hessen', kind: 'STATE', code: '06' }]);
    expect(regions.filter((r) => r.kind === 'DISTRICT')).toHaveLength(21);
    expect(regions.filter((r) => r.kind === 'INDEPENDENT_CITY').map((r) => r.name).sort()).toEqual([
      'Darmstadt',
      'Frankfurt am Main',
      'Kassel',
      'Offenbach am Main',
      'Wiesbaden',
    ]);
    for (const region of regions) expect(isAgsPrefix(region.code, region.kind, '06'), region.name).toBe(true);
    expect(new Set(regions.map((r) => r.code)).size).toBe(regions.length);
  });

  it('gives Hessen the four focus groups of the documents, each on its action field with 8 to 15 people', () => {
    const hessen = alliance('hessen');
    const groups = hessen.bodies.filter((b) => b.kind === 'FOCUS_GROUP');
    expect(groups.flatMap((g) => g.actionFields.map((key) => hessen.actionFields[key]?.title)).sort()).toEqual([
      'Fachkräftesicherung im Kontext Internationalisierung und Vielfalt',
      'Fachkräftesicherung im digitalen Wandel und im Handwerk',
      'Fachkräftesicherung in Pflege und Gesundheit',
      'Fachkräftesicherung in der Kinder- und Jugendhilfe',
    ]);
    for (const group of groups) {
      const count = countCurrentMembers(facts(group), today);
      expect(count, group.name).toBeGreaterThanOrEqual(8);
      expect(count, group.name).toBeLessThanOrEqual(15);
    }
    expect(hessen.organisations).toHaveProperty('iwak.kind', 'UNIVERSITY_RESEARCH');
  });

  it("gives Sachsen-Anhalt one working group for each of its six strategic priorities", () => {
    const pact = alliance('sachsen-anhalt');
    const keys = Object.keys(pact.actionFields);
    expect(keys).toHaveLength(6);
    for (const key of keys) {
      expect(pact.bodies.filter((b) => b.kind === 'FOCUS_GROUP' && b.actionFields.includes(key))).toHaveLength(1);
    }
    expect(pact.organisations).toHaveProperty('ms.name', 'Ministerium für Arbeit, Soziales, Gesundheit und Gleichstellung');
  });

  it('has one steering board per alliance and a current chair and deputy in every body', () => {
    for (const a of demoAlliances) {
      expect(a.bodies.filter((b) => b.kind === 'STEERING_BOARD'), a.slug).toHaveLength(1);
      for (const body of a.bodies) {
        expect(currentChair(facts(body), today), body.name).not.toBeNull();
        expect(currentDeputyChair(facts(body), today), body.name).not.toBeNull();
      }
    }
  });

  it('refers only to organisations and action fields the alliance has', () => {
    for (const a of demoAlliances) {
      for (const body of a.bodies) {
        for (const key of body.actionFields) expect(a.actionFields, body.name).toHaveProperty(key);
        for (const m of body.memberships) expect(a.organisations, m.person).toHaveProperty(m.organisation);
      }
    }
  });

  it('names no real person from the source documents', () => {
    const realPeople = [
      'Klose', 'Frank Martin', 'Larsen', 'Wesner', 'Huth', 'Kleeberg', 'Bernd Rudolph',
      'Grimm-Benne', 'Hoofe', 'Demireva', 'Schmehl',
    ];
    const names = demoAlliances.flatMap((a) => a.bodies.flatMap((b) => b.memberships.map((m) => m.person)));
    for (const real of realPeople) expect(names.filter((name) => name.includes(real))).toEqual([]);
  });
});

describe('the demo accounts', () => {
  const roleOf = (a: SeedAlliance, person: string) =>
    a.bodies.flatMap((b) => b.memberships.filter((m) => m.person === person && (m.until ?? '9999') >= today).map((m) => ({ body: b, role: m.role })));

  it('give every membership role in Hessen an account on the reserved domain example.org', () => {
    const hessen = alliance('hessen');
    const roles = hessen.accounts.flatMap((account) => roleOf(hessen, account.person).map((seat) => seat.role));
    expect(new Set(roles)).toEqual(new Set(['CHAIR', 'DEPUTY_CHAIR', 'SECRETARIAT', 'MEMBER', 'OBSERVER']));
    for (const a of demoAlliances) {
      for (const account of a.accounts) expect(account.email).toMatch(new RegExp(`^[a-z-]+@${a.slug}\\.example\\.org$`));
    }
  });

  it('are, in Hessen, people with exactly the role their address names', () => {
    const expected: Record<string, { kind: string; role: string }> = {
      sekretariat: { kind: 'STEERING_BOARD', role: 'SECRETARIAT' },
      vorsitz: { kind: 'STEERING_BOARD', role: 'CHAIR' },
      stellvertretung: { kind: 'STEERING_BOARD', role: 'DEPUTY_CHAIR' },
      'fokusgruppe-vorsitz': { kind: 'FOCUS_GROUP', role: 'CHAIR' },
      'fokusgruppe-stellvertretung': { kind: 'FOCUS_GROUP', role: 'DEPUTY_CHAIR' },
      mitglied: { kind: 'FOCUS_GROUP', role: 'MEMBER' },
      beobachtung: { kind: 'FOCUS_GROUP', role: 'OBSERVER' },
      // Representatives of member organisations in the steering board, who vote there for them.
      'dachgremium-dgb': { kind: 'STEERING_BOARD', role: 'MEMBER' },
      'dachgremium-vhu': { kind: 'STEERING_BOARD', role: 'MEMBER' },
      'dachgremium-ihk': { kind: 'STEERING_BOARD', role: 'MEMBER' },
    };
    const hessen = alliance('hessen');
    for (const account of hessen.accounts) {
      const seats = roleOf(hessen, account.person).map((seat) => ({ kind: seat.body.kind, role: seat.role }));
      expect(seats, account.email).toEqual([expected[account.email.split('@')[0] ?? '']]);
    }
    // The other alliance's secretariat also chairs a working group there.
    const pact = alliance('sachsen-anhalt');
    expect(roleOf(pact, 'Paul Winkler').map((seat) => seat.role)).toContain('SECRETARIAT');
  });

  it('put the focus-group roles in one group, and give each secretariat the alliance role', () => {
    const hessen = alliance('hessen');
    const groupAccounts = hessen.accounts.filter((account) => account.email.startsWith('fokusgruppe-') || /^(mitglied|beobachtung)@/.test(account.email));
    expect(new Set(groupAccounts.map((account) => roleOf(hessen, account.person)[0]?.body.name))).toEqual(new Set(['Fokusgruppe Digitaler Wandel und Handwerk']));
    for (const a of demoAlliances) {
      expect(a.accounts.filter((account) => account.allianceRoles?.includes('SECRETARIAT')).map((account) => account.email)).toEqual([`sekretariat@${a.slug}.example.org`]);
    }
  });
});
