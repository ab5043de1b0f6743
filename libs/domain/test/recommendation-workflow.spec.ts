import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ALLIANCE_ROLES,
  FINAL_RECOMMENDATION_STATES,
  MEMBERSHIP_ROLES,
  RECOMMENDATION_ACTIONS,
  RECOMMENDATION_STATES,
  RECOMMENDATION_TRANSITIONS,
  availableRecommendationActions,
  checkRecommendationTransition,
  isFinalRecommendationState,
  isRecommendationEditable,
  mayDiscussRecommendation,
  mayEditRecommendation,
  mayReadRecommendation,
  missingForSubmission,
  recommendationTransition,
  type Grant,
  type RecommendationAction,
  type RecommendationContent,
  type RecommendationFacts,
  type RecommendationState,
} from '../src';

const HESSEN = 'hessen-id';
const OTHER_ALLIANCE = 'sachsen-anhalt-id';
const DIGITAL = 'digital-group-id';
const YOUTH = 'youth-group-id';
const STEERING = 'steering-board-id';

const inGroup = (role: Grant['role'], bodyId = DIGITAL, allianceId = HESSEN): Grant => ({ allianceId, bodyId, role });
const allianceSecretariat = (allianceId = HESSEN): Grant => ({ allianceId, bodyId: null, role: 'SECRETARIAT' });
const facts = (state: RecommendationState, focusGroupId = DIGITAL): RecommendationFacts => ({ allianceId: HESSEN, focusGroupId, state });

const CHAIR = [inGroup('CHAIR')];
const DEPUTY = [inGroup('DEPUTY_CHAIR')];
const MEMBER = [inGroup('MEMBER')];
const GROUP_SECRETARIAT = [inGroup('SECRETARIAT')];
const OBSERVER = [inGroup('OBSERVER')];
const SECRETARIAT = [allianceSecretariat(), inGroup('SECRETARIAT', STEERING)];
const STEERING_CHAIR = [inGroup('CHAIR', STEERING)];
const OTHER_GROUP_CHAIR = [inGroup('CHAIR', YOUTH)];
const OUTSIDER = [allianceSecretariat(OTHER_ALLIANCE)];

const state = fc.constantFrom(...RECOMMENDATION_STATES);
const action = fc.constantFrom(...RECOMMENDATION_ACTIONS);
const clientAction = fc.constantFrom(...RECOMMENDATION_ACTIONS.filter((a) => a !== 'ADOPT'));
const grant: fc.Arbitrary<Grant> = fc.oneof(
  fc.record({
    allianceId: fc.constantFrom(HESSEN, OTHER_ALLIANCE),
    bodyId: fc.constantFrom(DIGITAL, YOUTH, STEERING),
    role: fc.constantFrom(...MEMBERSHIP_ROLES),
  }),
  fc.record({ allianceId: fc.constantFrom(HESSEN, OTHER_ALLIANCE), bodyId: fc.constant(null), role: fc.constantFrom(...ALLIANCE_ROLES) }),
);
const grants = fc.array(grant, { maxLength: 6 });
const comment = fc.option(fc.oneof(fc.constant(''), fc.constant('   '), fc.string({ minLength: 1, maxLength: 20 })), { nil: null });

/** Every state reachable from DRAFT with the listed transitions, and the edges used. */
function explore(): { reachable: Set<RecommendationState>; edges: Set<string> } {
  const reachable = new Set<RecommendationState>(['DRAFT']);
  const edges = new Set<string>();
  const queue: RecommendationState[] = ['DRAFT'];
  while (queue.length > 0) {
    const from = queue.shift()!;
    for (const act of RECOMMENDATION_ACTIONS) {
      const to = recommendationTransition(from, act);
      if (to === null) continue;
      edges.add(`${from} -${act}-> ${to}`);
      if (!reachable.has(to)) {
        reachable.add(to);
        queue.push(to);
      }
    }
  }
  return { reachable, edges };
}

describe('the recommendation state machine', () => {
  it('has exactly the transitions of the contract', () => {
    expect([...explore().edges].sort()).toEqual(
      [
        'DRAFT -SUBMIT-> SUBMITTED',
        'RETURNED -SUBMIT-> SUBMITTED',
        'SUBMITTED -RETURN-> RETURNED',
        'SUBMITTED -APPROVE-> APPROVED',
        'SUBMITTED -REJECT-> REJECTED',
        'DRAFT -WITHDRAW-> WITHDRAWN',
        'SUBMITTED -WITHDRAW-> WITHDRAWN',
        'RETURNED -WITHDRAW-> WITHDRAWN',
        'APPROVED -ADOPT-> ADOPTED',
      ].sort(),
    );
  });

  it('reaches every state from DRAFT', () => {
    expect(explore().reachable).toEqual(new Set(RECOMMENDATION_STATES));
  });

  it('leads nowhere out of a final state, whatever the action', () => {
    fc.assert(
      fc.property(state, action, (from, act) => {
        if (isFinalRecommendationState(from)) expect(recommendationTransition(from, act)).toBeNull();
      }),
    );
    expect(FINAL_RECOMMENDATION_STATES).toEqual(['ADOPTED', 'REJECTED', 'WITHDRAWN']);
  });

  it('enters each state only through a listed transition and never stays in place', () => {
    fc.assert(
      fc.property(state, action, (from, act) => {
        const to = recommendationTransition(from, act);
        if (to === null) return;
        const rule = RECOMMENDATION_TRANSITIONS[act];
        expect(rule.from).toContain(from);
        expect(to).toBe(rule.to);
        expect(to).not.toBe(from);
      }),
    );
  });

  it('ends every random walk of client actions in a state reachable from DRAFT, and once final stays final', () => {
    const { reachable } = explore();
    fc.assert(
      fc.property(fc.array(action, { maxLength: 30 }), (actions) => {
        let current: RecommendationState = 'DRAFT';
        let ended = false;
        for (const act of actions) {
          const to = recommendationTransition(current, act);
          if (ended) expect(to).toBeNull();
          if (to !== null) current = to;
          ended = isFinalRecommendationState(current);
          expect(reachable.has(current)).toBe(true);
        }
      }),
    );
  });

  it('lets the content change only in DRAFT and RETURNED', () => {
    expect(RECOMMENDATION_STATES.filter(isRecommendationEditable)).toEqual(['DRAFT', 'RETURNED']);
  });
});

describe('who may take which action', () => {
  const check = (who: Grant[], from: RecommendationState, act: RecommendationAction, reason: string | null = null) =>
    checkRecommendationTransition(who, facts(from), act, reason);

  it('lets members, the group secretariat, chair and deputy submit and withdraw, but not observers or outsiders', () => {
    for (const who of [MEMBER, GROUP_SECRETARIAT, CHAIR, DEPUTY]) {
      expect(check(who, 'DRAFT', 'SUBMIT')).toEqual({ ok: true, to: 'SUBMITTED' });
      expect(check(who, 'RETURNED', 'SUBMIT')).toEqual({ ok: true, to: 'SUBMITTED' });
      expect(check(who, 'SUBMITTED', 'WITHDRAW')).toEqual({ ok: true, to: 'WITHDRAWN' });
    }
    for (const who of [OBSERVER, SECRETARIAT, STEERING_CHAIR, OTHER_GROUP_CHAIR, OUTSIDER]) {
      expect(check(who, 'DRAFT', 'SUBMIT')).toEqual({ ok: false, refusal: 'NOT_PERMITTED' });
      expect(check(who, 'DRAFT', 'WITHDRAW')).toEqual({ ok: false, refusal: 'NOT_PERMITTED' });
    }
  });

  it("lets only the group's chair and deputy return, approve and reject", () => {
    for (const who of [CHAIR, DEPUTY]) {
      expect(check(who, 'SUBMITTED', 'APPROVE')).toEqual({ ok: true, to: 'APPROVED' });
      expect(check(who, 'SUBMITTED', 'RETURN', 'Bitte präzisieren')).toEqual({ ok: true, to: 'RETURNED' });
      expect(check(who, 'SUBMITTED', 'REJECT', 'Doppelt')).toEqual({ ok: true, to: 'REJECTED' });
    }
    for (const who of [MEMBER, GROUP_SECRETARIAT, OBSERVER, SECRETARIAT, STEERING_CHAIR, OTHER_GROUP_CHAIR, OUTSIDER]) {
      for (const act of ['APPROVE', 'RETURN', 'REJECT'] as const) {
        expect(check(who, 'SUBMITTED', act, 'Grund')).toEqual({ ok: false, refusal: 'NOT_PERMITTED' });
      }
    }
  });

  it('wants a reason for RETURN and REJECT, and a blank one is no reason', () => {
    for (const reason of [null, '', '  \n ']) {
      expect(check(CHAIR, 'SUBMITTED', 'RETURN', reason)).toEqual({ ok: false, refusal: 'COMMENT_REQUIRED' });
      expect(check(CHAIR, 'SUBMITTED', 'REJECT', reason)).toEqual({ ok: false, refusal: 'COMMENT_REQUIRED' });
    }
    expect(check(CHAIR, 'SUBMITTED', 'APPROVE', null)).toEqual({ ok: true, to: 'APPROVED' });
  });

  it('refuses an action from the wrong state to those who could take it elsewhere', () => {
    expect(check(CHAIR, 'DRAFT', 'APPROVE')).toEqual({ ok: false, refusal: 'WRONG_STATE' });
    expect(check(MEMBER, 'SUBMITTED', 'SUBMIT')).toEqual({ ok: false, refusal: 'WRONG_STATE' });
    expect(check(MEMBER, 'APPROVED', 'WITHDRAW')).toEqual({ ok: false, refusal: 'WRONG_STATE' });
    expect(check(CHAIR, 'RETURNED', 'RETURN', 'noch einmal')).toEqual({ ok: false, refusal: 'WRONG_STATE' });
  });

  it('never lets a client ADOPT, whoever asks and whatever the state', () => {
    fc.assert(
      fc.property(grants, state, comment, (who, from, reason) => {
        expect(checkRecommendationTransition(who, facts(from), 'ADOPT', reason)).toEqual({ ok: false, refusal: 'SYSTEM_ONLY' });
        expect(availableRecommendationActions(who, facts(from))).not.toContain('ADOPT');
      }),
    );
  });

  it('allows an action exactly when the role holds its permission in this group and the state allows it', () => {
    fc.assert(
      fc.property(grants, state, clientAction, comment, (who, from, act, reason) => {
        const result = checkRecommendationTransition(who, facts(from), act, reason);
        const rule = RECOMMENDATION_TRANSITIONS[act];
        const roleOk = who.some(
          (g) =>
            g.allianceId === HESSEN &&
            g.bodyId === DIGITAL &&
            (rule.permission === 'recommendation.review' ? ['CHAIR', 'DEPUTY_CHAIR'] : ['CHAIR', 'DEPUTY_CHAIR', 'SECRETARIAT', 'MEMBER']).includes(g.role),
        );
        const stateOk = rule.from.includes(from);
        const reasonOk = !rule.commentRequired || (reason ?? '').trim() !== '';
        expect(result.ok).toBe(roleOk && stateOk && reasonOk);
        if (result.ok) expect(result.to).toBe(rule.to);
        else if (!roleOk) expect(result.refusal).toBe('NOT_PERMITTED');
        else if (!stateOk) expect(result.refusal).toBe('WRONG_STATE');
        else expect(result.refusal).toBe('COMMENT_REQUIRED');
      }),
    );
  });

  it('offers exactly the actions a check would allow (with a reason given)', () => {
    fc.assert(
      fc.property(grants, state, (who, from) => {
        const offered = availableRecommendationActions(who, facts(from));
        const allowed = RECOMMENDATION_ACTIONS.filter((act) => checkRecommendationTransition(who, facts(from), act, 'Grund').ok);
        expect(offered).toEqual(allowed);
      }),
    );
  });

  it('offers the chair review actions on a submitted recommendation, and a member submit and withdraw on a draft', () => {
    expect(availableRecommendationActions(CHAIR, facts('SUBMITTED'))).toEqual(['RETURN', 'APPROVE', 'REJECT', 'WITHDRAW']);
    expect(availableRecommendationActions(MEMBER, facts('DRAFT'))).toEqual(['SUBMIT', 'WITHDRAW']);
    expect(availableRecommendationActions(MEMBER, facts('APPROVED'))).toEqual([]);
    expect(availableRecommendationActions(OBSERVER, facts('DRAFT'))).toEqual([]);
  });
});

describe('reading, editing and discussing', () => {
  it('shows drafts to the focus group and the alliance secretariat only', () => {
    for (const from of ['DRAFT', 'SUBMITTED', 'RETURNED', 'REJECTED', 'WITHDRAWN'] as const) {
      for (const who of [MEMBER, OBSERVER, CHAIR, GROUP_SECRETARIAT, SECRETARIAT]) expect(mayReadRecommendation(who, facts(from))).toBe(true);
      for (const who of [STEERING_CHAIR, OTHER_GROUP_CHAIR, OUTSIDER, []]) expect(mayReadRecommendation(who, facts(from))).toBe(false);
    }
  });

  it('shows approved and adopted recommendations to everyone in the alliance, and to no one outside', () => {
    for (const from of ['APPROVED', 'ADOPTED'] as const) {
      for (const who of [MEMBER, OBSERVER, STEERING_CHAIR, OTHER_GROUP_CHAIR, SECRETARIAT]) expect(mayReadRecommendation(who, facts(from))).toBe(true);
      expect(mayReadRecommendation(OUTSIDER, facts(from))).toBe(false);
    }
  });

  it('never shows anything to grants of another alliance', () => {
    const foreign = grant.filter((g) => g.allianceId === OTHER_ALLIANCE);
    fc.assert(
      fc.property(fc.array(foreign, { maxLength: 6 }), state, (who, from) => {
        expect(mayReadRecommendation(who, facts(from))).toBe(false);
      }),
    );
  });

  it('lets drafters edit in DRAFT and RETURNED only, and never observers', () => {
    fc.assert(
      fc.property(state, (from) => {
        expect(mayEditRecommendation(MEMBER, facts(from))).toBe(from === 'DRAFT' || from === 'RETURNED');
        expect(mayEditRecommendation(OBSERVER, facts(from))).toBe(false);
        expect(mayEditRecommendation(SECRETARIAT, facts(from))).toBe(false);
      }),
    );
  });

  it('lets the group and the alliance secretariat discuss, but not observers or other groups', () => {
    expect(mayDiscussRecommendation(MEMBER, facts('DRAFT'))).toBe(true);
    expect(mayDiscussRecommendation(SECRETARIAT, facts('SUBMITTED'))).toBe(true);
    expect(mayDiscussRecommendation(OBSERVER, facts('DRAFT'))).toBe(false);
    expect(mayDiscussRecommendation(OTHER_GROUP_CHAIR, facts('APPROVED'))).toBe(false);
  });
});

describe('what a submission needs', () => {
  const complete: RecommendationContent = {
    title: 'Ausbildungsbotschafter im Handwerk',
    problem: 'Zu wenige Bewerbungen',
    measure: 'Botschafter an Schulen',
    expectedEffect: 'Mehr Bewerbungen',
    timeFrame: '2025–2027',
    addresseeOrganisationIds: [],
    addresseeKinds: ['CHAMBER'],
  };

  it('finds nothing missing in a complete recommendation, with organisations or kinds as addressees', () => {
    expect(missingForSubmission(complete)).toEqual([]);
    expect(missingForSubmission({ ...complete, addresseeKinds: [], addresseeOrganisationIds: ['org-1'] })).toEqual([]);
  });

  it('lists every empty field in form order, blank text counting as empty', () => {
    expect(
      missingForSubmission({
        title: 'Nur ein Titel',
        problem: '',
        measure: '  ',
        expectedEffect: '\n',
        timeFrame: '',
        addresseeOrganisationIds: [],
        addresseeKinds: [],
      }),
    ).toEqual(['problem', 'measure', 'addressees', 'expectedEffect', 'timeFrame']);
  });

  it('names exactly the fields that are blank', () => {
    const text = fc.oneof(fc.constant(''), fc.constant(' '), fc.string({ minLength: 1, maxLength: 10 }));
    fc.assert(
      fc.property(text, text, text, text, fc.boolean(), fc.boolean(), (problem, measure, expectedEffect, timeFrame, orgs, kinds) => {
        const content = {
          ...complete,
          problem,
          measure,
          expectedEffect,
          timeFrame,
          addresseeOrganisationIds: orgs ? ['org-1'] : [],
          addresseeKinds: kinds ? ['UNION'] : [],
        };
        const missing = missingForSubmission(content);
        expect(missing.includes('problem')).toBe(problem.trim() === '');
        expect(missing.includes('measure')).toBe(measure.trim() === '');
        expect(missing.includes('expectedEffect')).toBe(expectedEffect.trim() === '');
        expect(missing.includes('timeFrame')).toBe(timeFrame.trim() === '');
        expect(missing.includes('addressees')).toBe(!orgs && !kinds);
        expect(missing).not.toContain('title');
      }),
    );
  });
});
