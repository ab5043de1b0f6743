import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ALLIANCE_ROLES, MEMBERSHIP_ROLES, PERMISSIONS, POLICY, alliancesWith, belongsTo, holds, permissionsIn, type Grant } from '../src';

const HESSEN = 'hessen-id';
const SACHSEN_ANHALT = 'sachsen-anhalt-id';
const STEERING = 'steering-board-id';
const CARE = 'care-group-id';

const membership = (role: Grant['role'], bodyId = CARE, allianceId = HESSEN): Grant => ({ allianceId, bodyId, role });
const allianceRole = (allianceId = HESSEN): Grant => ({ allianceId, bodyId: null, role: 'SECRETARIAT' });

const alliance = fc.constantFrom(HESSEN, SACHSEN_ANHALT, 'third-id');
const body = fc.constantFrom(STEERING, CARE, 'digital-group-id');
const grant: fc.Arbitrary<Grant> = fc.oneof(
  fc.record({ allianceId: alliance, bodyId: body, role: fc.constantFrom(...MEMBERSHIP_ROLES) }),
  fc.record({ allianceId: alliance, bodyId: fc.constant(null), role: fc.constantFrom(...ALLIANCE_ROLES) }),
);
const grants = fc.array(grant, { maxLength: 8 });
const permission = fc.constantFrom(...PERMISSIONS);
const scope = fc.record({ allianceId: alliance, bodyId: fc.option(body, { nil: undefined }) }).map(({ allianceId, bodyId }) =>
  bodyId === undefined ? { allianceId } : { allianceId, bodyId },
);

describe('the policy', () => {
  it('names the roles of every permission, and only roles that exist', () => {
    expect(Object.keys(POLICY).sort()).toEqual([...PERMISSIONS].sort());
    for (const roles of Object.values(POLICY)) {
      for (const role of roles.alliance) expect(ALLIANCE_ROLES).toContain(role);
      for (const role of roles.body) expect(MEMBERSHIP_ROLES).toContain(role);
    }
  });

  it('lets every current member of any body read the alliance, observers included', () => {
    for (const role of MEMBERSHIP_ROLES) {
      expect(holds([membership(role)], 'alliance.read', { allianceId: HESSEN }), role).toBe(true);
    }
    expect(holds([allianceRole()], 'alliance.read', { allianceId: HESSEN })).toBe(true);
  });

  it('lets only the alliance secretariat administer, not a chair nor the secretariat of a body', () => {
    expect(holds([allianceRole()], 'alliance.administer', { allianceId: HESSEN })).toBe(true);
    for (const role of MEMBERSHIP_ROLES) {
      expect(holds([membership(role, STEERING)], 'alliance.administer', { allianceId: HESSEN }), role).toBe(false);
    }
  });

  it('lets only the alliance secretariat read the audit log, not a chair nor the secretariat of a body', () => {
    expect(holds([allianceRole()], 'audit.read', { allianceId: HESSEN })).toBe(true);
    for (const role of MEMBERSHIP_ROLES) expect(holds([membership(role, STEERING)], 'audit.read', { allianceId: HESSEN }), role).toBe(false);
  });

  it('gives nothing to someone without grants', () => {
    for (const p of PERMISSIONS) expect(holds([], p, { allianceId: HESSEN })).toBe(false);
    expect(alliancesWith([], 'alliance.read')).toEqual([]);
  });

  it('counts a body role only in that body when the scope names a body; alliance roles count in every body', () => {
    const chairOfCare = membership('CHAIR', CARE);
    expect(holds([chairOfCare], 'alliance.read', { allianceId: HESSEN, bodyId: CARE })).toBe(true);
    expect(holds([chairOfCare], 'alliance.read', { allianceId: HESSEN, bodyId: STEERING })).toBe(false);
    expect(holds([allianceRole()], 'alliance.read', { allianceId: HESSEN, bodyId: STEERING })).toBe(true);
  });

  it('leaves drafting, reviewing and signing to the members of bodies, not to the secretariat as such', () => {
    for (const p of ['recommendation.draft', 'recommendation.review', 'plan.sign'] as const) {
      expect(holds([allianceRole()], p, { allianceId: HESSEN, bodyId: CARE })).toBe(false);
    }
  });

  it('lists the permissions held in an alliance: administering for its secretariat, drafting for a member, none elsewhere', () => {
    expect(permissionsIn([allianceRole()], { allianceId: HESSEN })).toEqual([
      'alliance.read',
      'alliance.administer',
      'audit.read',
      'recommendation.read',
      'recommendation.discuss',
      'indicator.manage',
      'plan.read-drafts',
      'plan.assemble',
      'initiative.read',
      'initiative.contribute',
      'initiative.manage',
      'ballot.read',
      'ballot.manage',
      'declaration.read',
      'declaration.steer',
      'declaration.draft',
    ]);
    // Without a body in the scope, a body role counts wherever it is held.
    expect(permissionsIn([membership('MEMBER')], { allianceId: HESSEN })).toEqual([
      'alliance.read',
      'recommendation.read',
      'recommendation.draft',
      'recommendation.discuss',
      'plan.read-drafts',
      'initiative.read',
      'initiative.contribute',
      'ballot.read',
      'ballot.vote',
      'declaration.read',
      'declaration.draft',
      'declaration.amend',
    ]);
    expect(permissionsIn([membership('OBSERVER')], { allianceId: HESSEN })).toEqual([
      'alliance.read',
      'recommendation.read',
      'ballot.read',
      'declaration.read',
    ]);
    expect(permissionsIn([allianceRole(SACHSEN_ANHALT)], { allianceId: HESSEN })).toEqual([]);
  });

  it('lists each alliance a permission is held in once', () => {
    const held = [membership('MEMBER'), membership('CHAIR', STEERING), allianceRole(SACHSEN_ANHALT), membership('OBSERVER', CARE, 'third-id')];
    expect(alliancesWith(held, 'alliance.read')).toEqual([HESSEN, SACHSEN_ANHALT, 'third-id']);
    expect(alliancesWith(held, 'alliance.administer')).toEqual([SACHSEN_ANHALT]);
  });

  it('tells members of an alliance from outsiders, whatever their role', () => {
    expect(belongsTo([membership('OBSERVER')], HESSEN)).toBe(true);
    expect(belongsTo([membership('CHAIR', CARE, SACHSEN_ANHALT)], HESSEN)).toBe(false);
  });
});

describe('properties of the policy', () => {
  it('never lets a grant in another alliance give anything here', () => {
    fc.assert(
      fc.property(grants, grant, permission, scope, (held, foreign, p, where) => {
        fc.pre(foreign.allianceId !== where.allianceId);
        expect(holds([...held, foreign], p, where)).toBe(holds(held, p, where));
      }),
    );
  });

  it('never takes a permission away when a grant is added', () => {
    fc.assert(
      fc.property(grants, grant, permission, scope, (held, extra, p, where) => {
        if (holds(held, p, where)) expect(holds([...held, extra], p, where)).toBe(true);
      }),
    );
  });

  it('gives the alliance secretariat what POLICY names for it, in the alliance and in each of its bodies', () => {
    const secretariats = fc.constantFrom(...PERMISSIONS.filter((p) => POLICY[p].alliance.includes('SECRETARIAT')));
    fc.assert(
      fc.property(grants, secretariats, scope, (held, p, where) => {
        expect(holds([...held, allianceRole(where.allianceId)], p, where)).toBe(true);
      }),
    );
  });

  it('does not depend on the order of the grants', () => {
    fc.assert(
      fc.property(grants, permission, scope, (held, p, where) => {
        expect(holds([...held].reverse(), p, where)).toBe(holds(held, p, where));
      }),
    );
  });

  it('lists exactly the alliances in which the permission is held', () => {
    fc.assert(
      fc.property(grants, permission, (held, p) => {
        const listed = alliancesWith(held, p);
        expect(new Set(listed).size).toBe(listed.length);
        for (const id of [HESSEN, SACHSEN_ANHALT, 'third-id']) {
          expect(listed.includes(id)).toBe(holds(held, p, { allianceId: id }));
        }
      }),
    );
  });

  it('gives a permission only to someone who belongs to that alliance', () => {
    fc.assert(
      fc.property(grants, permission, scope, (held, p, where) => {
        if (holds(held, p, where)) expect(belongsTo(held, where.allianceId)).toBe(true);
      }),
    );
  });
});
