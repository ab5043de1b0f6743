import { holds, type Grant } from './access';

/**
 * How a joint declaration comes about. The drafting team writes it (DRAFTING); the text is frozen
 * while members propose amendments (AMENDMENTS); the board decides them (DECIDING) by ballot or by
 * the drafting team taking them over; the consolidated text goes to a final vote (FINAL_VOTE) and
 * is ADOPTED when that ballot succeeds. The chair or the secretariat move it on; only the final
 * ballot adopts it. Partner organisations then endorse the adopted text.
 */

export const DECLARATION_PHASES = ['DRAFTING', 'AMENDMENTS', 'DECIDING', 'FINAL_VOTE', 'ADOPTED'] as const;
export type DeclarationPhase = (typeof DECLARATION_PHASES)[number];

/** The phase a person moves the declaration on to; ADOPTED is reached only by the final ballot. */
export const NEXT_DECLARATION_PHASE: Readonly<Record<DeclarationPhase, DeclarationPhase | null>> = {
  DRAFTING: 'AMENDMENTS',
  AMENDMENTS: 'DECIDING',
  DECIDING: 'FINAL_VOTE',
  FINAL_VOTE: null,
  ADOPTED: null,
};

/**
 * PROPOSED: open for support and comments. NEEDS_NEW_VERSION: another accepted amendment changed
 * the same words, its author has to rewrite it. IN_BALLOT: the board is voting on it. ACCEPTED
 * (by ballot or takeover) and merged, REJECTED by ballot, WITHDRAWN by its author, LAPSED when
 * the final vote began before its author wrote a new version.
 */
export const AMENDMENT_STATES = ['PROPOSED', 'NEEDS_NEW_VERSION', 'IN_BALLOT', 'ACCEPTED', 'REJECTED', 'WITHDRAWN', 'LAPSED'] as const;
export type AmendmentState = (typeof AMENDMENT_STATES)[number];

/** Amendments still waiting for a decision. */
export const OPEN_AMENDMENT_STATES: readonly AmendmentState[] = ['PROPOSED', 'NEEDS_NEW_VERSION', 'IN_BALLOT'];

export const AMENDMENT_DECISIONS = ['BALLOT', 'TAKEOVER'] as const;
export type AmendmentDecision = (typeof AMENDMENT_DECISIONS)[number];

export function isOpenAmendment(state: AmendmentState): boolean {
  return OPEN_AMENDMENT_STATES.includes(state);
}

/** A refusal as the api reports it: BAD_USER_INPUT with a message per field. */
export interface DeclarationRefusal {
  fields: Record<string, string>;
}

export type DeclarationOutcome<T> = { ok: true; value: T } | { ok: false; refusal: DeclarationRefusal };

const ok = <T>(value: T): DeclarationOutcome<T> => ({ ok: true, value });
const refuse = <T>(fields: Record<string, string>): DeclarationOutcome<T> => ({ ok: false, refusal: { fields } });

const PHASE_NAMES: Record<DeclarationPhase, string> = {
  DRAFTING: 'is being drafted',
  AMENDMENTS: 'is open for amendments',
  DECIDING: 'is in the deciding phase',
  FINAL_VOTE: 'is in the final vote',
  ADOPTED: 'has been adopted',
};

function wrongPhase<T>(phase: DeclarationPhase, what: string, field = 'phase'): DeclarationOutcome<T> {
  return refuse({ [field]: `The declaration ${PHASE_NAMES[phase]}: ${what}` });
}

/**
 * The move to the next phase. Into FINAL_VOTE only when no amendment is still PROPOSED or in a
 * ballot; those waiting for a new version lapse (`lapse` lists them).
 */
export function advanceDeclaration(
  phase: DeclarationPhase,
  amendments: ReadonlyArray<{ id: string; state: AmendmentState }>,
): DeclarationOutcome<{ phase: DeclarationPhase; lapse: string[] }> {
  const next = NEXT_DECLARATION_PHASE[phase];
  if (next === null) {
    return wrongPhase(phase, phase === 'FINAL_VOTE' ? 'only the final ballot adopts it.' : 'there is no further phase.');
  }
  if (next === 'FINAL_VOTE') {
    const undecided = amendments.filter((amendment) => amendment.state === 'PROPOSED' || amendment.state === 'IN_BALLOT');
    if (undecided.length > 0) {
      return refuse({ phase: `${undecided.length} amendment(s) still need a decision before the final vote.` });
    }
  }
  const lapse = next === 'FINAL_VOTE' ? amendments.filter((amendment) => amendment.state === 'NEEDS_NEW_VERSION').map((a) => a.id) : [];
  return ok({ phase: next, lapse });
}

/** The drafting team edits the text only while it is drafted; afterwards only accepted amendments change it. */
export function checkDraftEdit(phase: DeclarationPhase): DeclarationOutcome<null> {
  return phase === 'DRAFTING' ? ok(null) : wrongPhase(phase, 'its text is frozen and changes only through amendments.');
}

/** Amendments (new ones and new versions) are proposed in the amendment phase. */
export function checkProposal(phase: DeclarationPhase): DeclarationOutcome<null> {
  return phase === 'AMENDMENTS' ? ok(null) : wrongPhase(phase, 'amendments are proposed only in the amendment phase.');
}

/** A new version of an amendment another one overtook: its author, while amendments are still being decided. */
export function checkNewVersion(phase: DeclarationPhase, state: AmendmentState): DeclarationOutcome<null> {
  if (phase !== 'AMENDMENTS' && phase !== 'DECIDING') return wrongPhase(phase, 'amendments can no longer be revised.');
  if (state !== 'PROPOSED' && state !== 'NEEDS_NEW_VERSION') return refuse({ id: `This amendment is ${state} and can no longer be revised.` });
  return ok(null);
}

/** Its author withdraws an amendment while it waits for a decision, not while the board votes on it. */
export function checkWithdrawal(state: AmendmentState): DeclarationOutcome<null> {
  return state === 'PROPOSED' || state === 'NEEDS_NEW_VERSION'
    ? ok(null)
    : refuse({ id: `This amendment is ${state} and can no longer be withdrawn.` });
}

/** Support and comments while the amendment is open. */
export function checkDiscussion(state: AmendmentState): DeclarationOutcome<null> {
  return isOpenAmendment(state) ? ok(null) : refuse({ id: `This amendment is ${state}; the discussion is closed.` });
}

/**
 * A decision (a ballot, or a takeover by the drafting team) of a PROPOSED amendment. Ballots are
 * held in the deciding phase, takeovers also during the amendment phase. Among overlapping
 * amendments the board decides one at a time: none while another is in a ballot.
 */
export function checkDecision(
  phase: DeclarationPhase,
  state: AmendmentState,
  decision: AmendmentDecision,
  overlapsOneInBallot: boolean,
): DeclarationOutcome<null> {
  if (decision === 'BALLOT' && phase !== 'DECIDING') return wrongPhase(phase, 'ballots on amendments are held in the deciding phase.');
  if (decision === 'TAKEOVER' && phase !== 'AMENDMENTS' && phase !== 'DECIDING') {
    return wrongPhase(phase, 'amendments are taken over only in the amendment or deciding phase.');
  }
  if (state !== 'PROPOSED') return refuse({ id: `This amendment is ${state}: only a proposed amendment can be decided.` });
  if (overlapsOneInBallot) return refuse({ id: 'An amendment that changes the same words is being voted on: decide this one after it.' });
  return ok(null);
}

/** The final vote begins with a ballot on the consolidated text, one at a time. */
export function checkFinalBallot(phase: DeclarationPhase, ballotOpen: boolean): DeclarationOutcome<null> {
  if (phase !== 'FINAL_VOTE') return wrongPhase(phase, 'the final vote is held in the final-vote phase.');
  if (ballotOpen) return refuse({ phase: 'A final ballot on this declaration is already under way.' });
  return ok(null);
}

export const ENDORSEMENT_STATES = ['PENDING', 'ENDORSED', 'ENDORSED_WITH_RESERVATION', 'DECLINED'] as const;
export type EndorsementState = (typeof ENDORSEMENT_STATES)[number];

/**
 * An organisation's answer to the adopted declaration, given by a representative: a reservation
 * needs its text, the other answers take none. The answer may be changed while the declaration
 * stands (an organisation may reconsider); PENDING is not an answer.
 */
export function checkEndorsement(
  phase: DeclarationPhase,
  answer: EndorsementState,
  reservation: string | null | undefined,
): DeclarationOutcome<{ state: EndorsementState; reservation: string | null }> {
  if (phase !== 'ADOPTED') return wrongPhase(phase, 'organisations endorse it once it has been adopted.');
  if (answer === 'PENDING') return refuse({ state: 'Please endorse, endorse with a reservation or decline.' });
  const text = (reservation ?? '').trim();
  if (answer === 'ENDORSED_WITH_RESERVATION') {
    return text === '' ? refuse({ reservation: 'Please state the reservation.' }) : ok({ state: answer, reservation: text });
  }
  if (text !== '') return refuse({ reservation: 'Only an endorsement with a reservation states one.' });
  return ok({ state: answer, reservation: null });
}

/** The organisations that have not answered yet: whom the secretariat reminds. */
export function pendingOrganisations<E extends { organisationId: string; state: EndorsementState }>(endorsements: readonly E[]): E[] {
  return endorsements.filter((endorsement) => endorsement.state === 'PENDING');
}

/** A declaration as the access rules see it: where it lives and where it stands. */
export interface DeclarationFacts {
  allianceId: string;
  bodyId: string;
  phase: DeclarationPhase;
}

/** Its body's members read a declaration in every phase, everyone in the alliance once it is adopted. */
export function mayReadDeclaration(grants: readonly Grant[], facts: DeclarationFacts): boolean {
  if (holds(grants, 'declaration.read', { allianceId: facts.allianceId, bodyId: facts.bodyId })) return true;
  return facts.phase === 'ADOPTED' && holds(grants, 'alliance.read', { allianceId: facts.allianceId });
}

/**
 * Whether someone belongs to the drafting team: declaration.draft in the body, and either a
 * secretariat role (the alliance's, or the body's) or named to the team by the chair.
 */
export function mayDraftDeclaration(grants: readonly Grant[], facts: Omit<DeclarationFacts, 'phase'>, namedDrafter: boolean): boolean {
  if (!holds(grants, 'declaration.draft', { allianceId: facts.allianceId, bodyId: facts.bodyId })) return false;
  const secretariat = grants.some(
    (grant) => grant.allianceId === facts.allianceId && grant.role === 'SECRETARIAT' && (grant.bodyId === null || grant.bodyId === facts.bodyId),
  );
  return secretariat || namedDrafter;
}
