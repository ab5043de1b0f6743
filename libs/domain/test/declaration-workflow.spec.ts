import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  advanceDeclaration,
  AMENDMENT_STATES,
  checkDecision,
  checkDraftEdit,
  checkEndorsement,
  checkFinalBallot,
  checkNewVersion,
  checkProposal,
  checkWithdrawal,
  DECLARATION_PHASES,
  mayDraftDeclaration,
  mayReadDeclaration,
  pendingOrganisations,
} from '../src';

describe('the declaration phases', () => {
  it('move on one at a time from drafting to the final vote; only the ballot adopts', () => {
    expect(advanceDeclaration('DRAFTING', [])).toEqual({ ok: true, value: { phase: 'AMENDMENTS', lapse: [] } });
    expect(advanceDeclaration('AMENDMENTS', [{ id: 'a', state: 'PROPOSED' }])).toEqual({ ok: true, value: { phase: 'DECIDING', lapse: [] } });
    expect(advanceDeclaration('DECIDING', [])).toEqual({ ok: true, value: { phase: 'FINAL_VOTE', lapse: [] } });
    expect(advanceDeclaration('FINAL_VOTE', [])).toMatchObject({ ok: false, refusal: { fields: { phase: expect.stringContaining('final ballot') } } });
    expect(advanceDeclaration('ADOPTED', [])).toMatchObject({ ok: false });
  });

  it('go to the final vote only once every amendment is decided; those waiting for a new version lapse', () => {
    expect(advanceDeclaration('DECIDING', [{ id: 'a', state: 'IN_BALLOT' }])).toMatchObject({ ok: false });
    expect(advanceDeclaration('DECIDING', [{ id: 'a', state: 'PROPOSED' }])).toMatchObject({ ok: false });
    expect(
      advanceDeclaration('DECIDING', [
        { id: 'a', state: 'ACCEPTED' },
        { id: 'b', state: 'NEEDS_NEW_VERSION' },
        { id: 'c', state: 'WITHDRAWN' },
      ]),
    ).toEqual({ ok: true, value: { phase: 'FINAL_VOTE', lapse: ['b'] } });
  });

  it('never lead backwards or skip a phase', () => {
    fc.assert(
      fc.property(fc.constantFrom(...DECLARATION_PHASES), fc.array(fc.constantFrom(...AMENDMENT_STATES)), (phase, states) => {
        const outcome = advanceDeclaration(phase, states.map((state, index) => ({ id: String(index), state })));
        if (outcome.ok) expect(DECLARATION_PHASES.indexOf(outcome.value.phase)).toBe(DECLARATION_PHASES.indexOf(phase) + 1);
      }),
    );
  });

  it('freeze the text after drafting; amendments are proposed only in their phase', () => {
    for (const phase of DECLARATION_PHASES) {
      expect(checkDraftEdit(phase).ok, phase).toBe(phase === 'DRAFTING');
      expect(checkProposal(phase).ok, phase).toBe(phase === 'AMENDMENTS');
    }
  });
});

describe('amendments', () => {
  it('are decided by ballot in the deciding phase, by takeover also in the amendment phase, and only when proposed', () => {
    expect(checkDecision('DECIDING', 'PROPOSED', 'BALLOT', false).ok).toBe(true);
    expect(checkDecision('AMENDMENTS', 'PROPOSED', 'BALLOT', false).ok).toBe(false);
    expect(checkDecision('AMENDMENTS', 'PROPOSED', 'TAKEOVER', false).ok).toBe(true);
    expect(checkDecision('FINAL_VOTE', 'PROPOSED', 'TAKEOVER', false).ok).toBe(false);
    expect(checkDecision('DECIDING', 'NEEDS_NEW_VERSION', 'TAKEOVER', false)).toMatchObject({ ok: false, refusal: { fields: { id: expect.any(String) } } });
    expect(checkDecision('DECIDING', 'PROPOSED', 'TAKEOVER', true)).toMatchObject({ ok: false, refusal: { fields: { id: expect.stringContaining('voted on') } } });
  });

  it('are withdrawn or revised by their author while they wait, not in a ballot nor once decided', () => {
    expect(checkWithdrawal('PROPOSED').ok).toBe(true);
    expect(checkWithdrawal('NEEDS_NEW_VERSION').ok).toBe(true);
    expect(checkWithdrawal('IN_BALLOT').ok).toBe(false);
    expect(checkWithdrawal('ACCEPTED').ok).toBe(false);
    expect(checkNewVersion('DECIDING', 'NEEDS_NEW_VERSION').ok).toBe(true);
    expect(checkNewVersion('FINAL_VOTE', 'NEEDS_NEW_VERSION').ok).toBe(false);
    expect(checkNewVersion('AMENDMENTS', 'REJECTED').ok).toBe(false);
  });
});

describe('the final ballot and endorsements', () => {
  it('holds one final ballot at a time, in the final-vote phase', () => {
    expect(checkFinalBallot('FINAL_VOTE', false).ok).toBe(true);
    expect(checkFinalBallot('FINAL_VOTE', true).ok).toBe(false);
    expect(checkFinalBallot('DECIDING', false).ok).toBe(false);
  });

  it('takes an answer once adopted, a reservation only with its text', () => {
    expect(checkEndorsement('ADOPTED', 'ENDORSED', null)).toEqual({ ok: true, value: { state: 'ENDORSED', reservation: null } });
    expect(checkEndorsement('ADOPTED', 'ENDORSED_WITH_RESERVATION', '  Vorbehalt zu 2.3 ')).toEqual({
      ok: true,
      value: { state: 'ENDORSED_WITH_RESERVATION', reservation: 'Vorbehalt zu 2.3' },
    });
    expect(checkEndorsement('ADOPTED', 'ENDORSED_WITH_RESERVATION', ' ')).toMatchObject({ ok: false, refusal: { fields: { reservation: expect.any(String) } } });
    expect(checkEndorsement('ADOPTED', 'DECLINED', 'warum')).toMatchObject({ ok: false, refusal: { fields: { reservation: expect.any(String) } } });
    expect(checkEndorsement('ADOPTED', 'PENDING', null)).toMatchObject({ ok: false, refusal: { fields: { state: expect.any(String) } } });
    expect(checkEndorsement('FINAL_VOTE', 'ENDORSED', null)).toMatchObject({ ok: false, refusal: { fields: { phase: expect.any(String) } } });
  });

  it('lists who has not answered', () => {
    expect(
      pendingOrganisations([
        { organisationId: 'a', state: 'PENDING' },
        { organisationId: 'b', state: 'DECLINED' },
      ]),
    ).toEqual([{ organisationId: 'a', state: 'PENDING' }]);
  });
});

describe('who reads and drafts a declaration', () => {
  const facts = { allianceId: 'hessen', bodyId: 'board', phase: 'DRAFTING' as const };
  const member = (role: 'CHAIR' | 'MEMBER' | 'OBSERVER' | 'SECRETARIAT', bodyId = 'board') => ({ allianceId: 'hessen', bodyId, role });

  it('lets the body read it in every phase, the rest of the alliance once adopted', () => {
    expect(mayReadDeclaration([member('OBSERVER')], facts)).toBe(true);
    expect(mayReadDeclaration([member('MEMBER', 'group')], facts)).toBe(false);
    expect(mayReadDeclaration([member('MEMBER', 'group')], { ...facts, phase: 'ADOPTED' })).toBe(true);
    expect(mayReadDeclaration([{ allianceId: 'other', bodyId: null, role: 'SECRETARIAT' }], { ...facts, phase: 'ADOPTED' })).toBe(false);
  });

  it('counts the secretariat and the named members as the drafting team, never an observer', () => {
    expect(mayDraftDeclaration([member('SECRETARIAT')], facts, false)).toBe(true);
    expect(mayDraftDeclaration([{ allianceId: 'hessen', bodyId: null, role: 'SECRETARIAT' }], facts, false)).toBe(true);
    expect(mayDraftDeclaration([member('SECRETARIAT', 'group')], facts, false)).toBe(false);
    expect(mayDraftDeclaration([member('CHAIR')], facts, false)).toBe(false);
    expect(mayDraftDeclaration([member('MEMBER')], facts, true)).toBe(true);
    expect(mayDraftDeclaration([member('OBSERVER')], facts, true)).toBe(false);
  });
});
