import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { AccessPolicy, type Actor } from '../src';

const HESSEN = 'hessen-id';
const SACHSEN_ANHALT = 'sachsen-anhalt-id';
const policy = new AccessPolicy();

const member: Actor = { accountId: 'a1', grants: [{ allianceId: HESSEN, bodyId: 'care-group-id', role: 'MEMBER' }] };
const secretariat: Actor = { accountId: 'a2', grants: [{ allianceId: HESSEN, bodyId: null, role: 'SECRETARIAT' }] };

function codeOf(check: () => unknown): string | undefined {
  try {
    check();
    return undefined;
  } catch (error) {
    if (error instanceof GraphQLError) return String(error.extensions.code);
    throw error;
  }
}

describe('AccessPolicy.assertMay', () => {
  it('lets a member read their alliance and the secretariat administer it', () => {
    expect(codeOf(() => policy.assertMay(member, 'alliance.read', { allianceId: HESSEN }))).toBeUndefined();
    expect(codeOf(() => policy.assertMay(secretariat, 'alliance.administer', { allianceId: HESSEN }))).toBeUndefined();
  });

  it('refuses a member without the permission with FORBIDDEN: they know the alliance exists', () => {
    expect(codeOf(() => policy.assertMay(member, 'alliance.administer', { allianceId: HESSEN }))).toBe('FORBIDDEN');
  });

  it('answers NOT_FOUND in an alliance the actor holds no role in, whatever they hold elsewhere', () => {
    expect(codeOf(() => policy.assertMay(secretariat, 'alliance.read', { allianceId: SACHSEN_ANHALT }))).toBe('NOT_FOUND');
    expect(codeOf(() => policy.assertMay(secretariat, 'alliance.administer', { allianceId: SACHSEN_ANHALT }))).toBe('NOT_FOUND');
  });

  it('asks anonymous callers to sign in', () => {
    expect(codeOf(() => policy.assertMay(null, 'alliance.read', { allianceId: HESSEN }))).toBe('UNAUTHENTICATED');
  });
});

describe('AccessPolicy.reveals', () => {
  it('hides what lies in another alliance, so lookups answer null as for an unknown key', () => {
    expect(policy.reveals(secretariat, 'alliance.read', { allianceId: SACHSEN_ANHALT })).toBe(false);
    expect(policy.reveals(member, 'alliance.read', { allianceId: HESSEN })).toBe(true);
  });

  it('still refuses a member without the permission, and anonymous callers', () => {
    expect(codeOf(() => policy.reveals(member, 'alliance.administer', { allianceId: HESSEN }))).toBe('FORBIDDEN');
    expect(codeOf(() => policy.reveals(null, 'alliance.read', { allianceId: HESSEN }))).toBe('UNAUTHENTICATED');
  });
});

describe('AccessPolicy.alliancesWith', () => {
  it('lists nothing for anonymous callers and the alliances of the grants otherwise', () => {
    expect(policy.alliancesWith(null, 'alliance.read')).toEqual([]);
    expect(policy.alliancesWith(member, 'alliance.read')).toEqual([HESSEN]);
    expect(policy.alliancesWith(member, 'alliance.administer')).toEqual([]);
  });
});
