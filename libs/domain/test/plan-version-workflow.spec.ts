import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  duplicateIds,
  editPlanVersion,
  isFullySigned,
  nextPlanVersionNumber,
  PLAN_VERSION_STATES,
  planVersionAbilities,
  reopenPlanVersion,
  signOffPlanVersion,
  startPlanVersionProblem,
  submitPlanVersion,
  type PlanSigner,
  type PlanVersionFacts,
  type PlanVersionOutcome,
  type PlanVersionState,
} from '../src';

const chair: PlanSigner = { personId: 'chair', roles: ['CHAIR'] };
const deputy: PlanSigner = { personId: 'deputy', roles: ['DEPUTY_CHAIR'] };
const stranger: PlanSigner = { personId: 'stranger', roles: [] };
const complete = { situationAssessment: 'Bis 2028 fehlen rund 200.000 Fachkräfte.', recommendationCount: 2 };

const draft: PlanVersionFacts = { state: 'DRAFT', signOffs: [] };
const submitted: PlanVersionFacts = { state: 'SUBMITTED', signOffs: [] };

function value<T>(outcome: PlanVersionOutcome<T>): T {
  if (!outcome.ok) throw new Error(`refused: ${outcome.refusal.reason}`);
  return outcome.value;
}

describe('submitting a draft', () => {
  it('submits a draft with a situation assessment and at least one recommendation', () => {
    expect(value(submitPlanVersion(draft, complete))).toEqual({ state: 'SUBMITTED', signOffs: [] });
  });

  it('names every missing part per field', () => {
    const outcome = submitPlanVersion(draft, { situationAssessment: '  \n', recommendationCount: 0 });
    expect(outcome).toEqual({
      ok: false,
      refusal: {
        reason: 'INCOMPLETE',
        fields: {
          situationAssessment: 'Please write the situation assessment before submitting.',
          recommendationIds: 'Please choose at least one recommendation before submitting.',
        },
      },
    });
  });

  it('refuses to submit what is not a draft', () => {
    for (const state of ['SUBMITTED', 'APPROVED'] as const) {
      const outcome = submitPlanVersion({ state, signOffs: [] }, complete);
      expect(outcome.ok || outcome.refusal.reason).toBe('WRONG_STATE');
    }
  });
});

describe('reopening', () => {
  it('sends a submitted version back to draft and clears its sign-offs', () => {
    const signed = value(signOffPlanVersion(submitted, chair)).version;
    expect(signed.signOffs).toHaveLength(1);
    expect(value(reopenPlanVersion(signed))).toEqual({ state: 'DRAFT', signOffs: [] });
  });

  it('reopens only a submitted version', () => {
    expect(reopenPlanVersion(draft).ok).toBe(false);
    expect(reopenPlanVersion({ state: 'APPROVED', signOffs: [] }).ok).toBe(false);
  });
});

describe('signing off', () => {
  it('approves when the chair and then the deputy have signed', () => {
    const first = value(signOffPlanVersion(submitted, chair));
    expect(first).toMatchObject({ role: 'CHAIR', approved: false, version: { state: 'SUBMITTED' } });
    const second = value(signOffPlanVersion(first.version, deputy));
    expect(second).toMatchObject({ role: 'DEPUTY_CHAIR', approved: true, version: { state: 'APPROVED' } });
    expect(second.version.signOffs).toEqual([
      { role: 'CHAIR', personId: 'chair' },
      { role: 'DEPUTY_CHAIR', personId: 'deputy' },
    ]);
  });

  it('refuses a person who is neither chair nor deputy as not a signer', () => {
    const outcome = signOffPlanVersion(submitted, stranger);
    expect(outcome.ok || outcome.refusal.reason).toBe('NOT_A_SIGNER');
  });

  it('refuses a second signature by the same person', () => {
    const once = value(signOffPlanVersion(submitted, chair)).version;
    const twice = signOffPlanVersion(once, chair);
    expect(twice.ok || twice.refusal).toEqual({ reason: 'ALREADY_SIGNED', fields: { signOffs: 'You have already signed off this version.' } });
  });

  it('refuses a new holder of a role that has already signed', () => {
    const once = value(signOffPlanVersion(submitted, chair)).version;
    const successor = signOffPlanVersion(once, { personId: 'new-chair', roles: ['CHAIR'] });
    expect(successor.ok || successor.refusal.reason).toBe('ROLE_SIGNED');
  });

  it('lets a person holding both roles sign only once, so one person never approves alone', () => {
    const both: PlanSigner = { personId: 'both', roles: ['CHAIR', 'DEPUTY_CHAIR'] };
    const once = value(signOffPlanVersion(submitted, both));
    expect(once.approved).toBe(false);
    expect(signOffPlanVersion(once.version, both).ok).toBe(false);
  });

  it('signs only submitted versions', () => {
    expect(signOffPlanVersion(draft, chair).ok).toBe(false);
    expect(signOffPlanVersion({ state: 'APPROVED', signOffs: [] }, deputy).ok).toBe(false);
  });
});

describe('starting a version', () => {
  it('refuses while an unapproved version exists', () => {
    expect(startPlanVersionProblem([])).toBeNull();
    expect(startPlanVersionProblem([{ state: 'APPROVED' }, { state: 'APPROVED' }])).toBeNull();
    expect(startPlanVersionProblem([{ state: 'APPROVED' }, { state: 'SUBMITTED' }])).not.toBeNull();
    expect(startPlanVersionProblem([{ state: 'DRAFT' }])).not.toBeNull();
  });

  it('numbers versions one after the highest so far', () => {
    expect(nextPlanVersionNumber([])).toBe(1);
    expect(nextPlanVersionNumber([{ number: 2 }, { number: 1 }])).toBe(3);
  });
});

describe('what a viewer may do', () => {
  it('lets the assembler edit and submit drafts and reopen submitted versions, and signers sign submitted ones', () => {
    const assembler = { mayAssemble: true, signer: null };
    expect(planVersionAbilities(draft, assembler)).toEqual({ edit: true, submit: true, reopen: false, signOff: false });
    expect(planVersionAbilities(submitted, assembler)).toEqual({ edit: false, submit: false, reopen: true, signOff: false });
    expect(planVersionAbilities(submitted, { mayAssemble: false, signer: deputy })).toEqual({
      edit: false,
      submit: false,
      reopen: false,
      signOff: true,
    });
  });
});

describe('duplicateIds', () => {
  it('names each id given more than once, once', () => {
    expect(duplicateIds(['a', 'b', 'a', 'c', 'a', 'b'])).toEqual(['a', 'b']);
    expect(duplicateIds(['a', 'b'])).toEqual([]);
  });
});

// ───────── properties ─────────

const state = fc.constantFrom<PlanVersionState>(...PLAN_VERSION_STATES);
const roles = fc.subarray(['CHAIR', 'DEPUTY_CHAIR'] as const);
const signer = fc.record({ personId: fc.constantFrom('a', 'b', 'c', 'd'), roles });
const step = fc.oneof(
  fc.record({ kind: fc.constant('submit' as const), assessment: fc.constantFrom('', 'Text'), count: fc.nat(3) }),
  fc.record({ kind: fc.constant('reopen' as const) }),
  fc.record({ kind: fc.constant('sign' as const), signer }),
  fc.record({ kind: fc.constant('edit' as const) }),
);
type Step = typeof step extends fc.Arbitrary<infer S> ? S : never;

function apply(version: PlanVersionFacts, s: Step): PlanVersionOutcome<PlanVersionFacts> {
  switch (s.kind) {
    case 'submit':
      return submitPlanVersion(version, { situationAssessment: s.assessment, recommendationCount: s.count });
    case 'reopen':
      return reopenPlanVersion(version);
    case 'sign': {
      const outcome = signOffPlanVersion(version, s.signer);
      return outcome.ok ? { ok: true, value: outcome.value.version } : outcome;
    }
    case 'edit':
      return editPlanVersion(version);
  }
}

describe('properties of the workflow', () => {
  it('approves exactly when a chair and a deputy (two different people) have signed, in either order', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.constantFrom('x', 'y'), (chairFirst, deputyId) => {
        const first = chairFirst ? chair : { ...deputy, personId: deputyId };
        const second = chairFirst ? { ...deputy, personId: deputyId } : chair;
        const once = value(signOffPlanVersion(submitted, first));
        expect(once.approved).toBe(false);
        const twice = value(signOffPlanVersion(once.version, second));
        expect(twice.approved).toBe(true);
        expect(twice.version.state).toBe('APPROVED');
      }),
    );
  });

  it('never lets anything change an approved version', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 10 }), (steps) => {
        const approved: PlanVersionFacts = {
          state: 'APPROVED',
          signOffs: [
            { role: 'CHAIR', personId: 'a' },
            { role: 'DEPUTY_CHAIR', personId: 'b' },
          ],
        };
        for (const s of steps) expect(apply(approved, s).ok).toBe(false);
      }),
    );
  });

  it('along any sequence of steps: APPROVED iff both roles signed, no person signs twice, a role signs at most once, drafts carry no sign-offs', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 25 }), (steps) => {
        let version: PlanVersionFacts = draft;
        for (const s of steps) {
          const outcome = apply(version, s);
          if (outcome.ok) version = outcome.value;
          const people = version.signOffs.map((signOff) => signOff.personId);
          const signedRoles = version.signOffs.map((signOff) => signOff.role);
          expect(new Set(people).size).toBe(people.length);
          expect(new Set(signedRoles).size).toBe(signedRoles.length);
          expect(version.state === 'APPROVED').toBe(isFullySigned(version.signOffs));
          if (version.state === 'DRAFT') expect(version.signOffs).toEqual([]);
        }
      }),
    );
  });

  it('refuses every step from a state that does not allow it and changes nothing then', () => {
    fc.assert(
      fc.property(state, step, (from, s) => {
        const version: PlanVersionFacts = { state: from, signOffs: [] };
        const outcome = apply(version, s);
        if (!outcome.ok) expect(Object.keys(outcome.refusal.fields).length).toBeGreaterThan(0);
        if (s.kind === 'edit') expect(outcome.ok).toBe(from === 'DRAFT');
        if (s.kind === 'reopen') expect(outcome.ok).toBe(from === 'SUBMITTED');
        if (s.kind === 'submit' && from !== 'DRAFT') expect(outcome.ok).toBe(false);
      }),
    );
  });
});
