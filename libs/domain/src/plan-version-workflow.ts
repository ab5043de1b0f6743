/**
 * The life of a Bündnisplan version. A version is assembled as a DRAFT (by the steering board's
 * chair or the secretariat), SUBMITTED for sign-off, and APPROVED the moment both the steering
 * board's CHAIR and DEPUTY_CHAIR have signed it, each once and in their own role. Reopening a
 * submitted version sends it back to DRAFT and clears its sign-offs. An approved version is frozen:
 * nothing changes it any more. A plan has at most one unapproved version at a time.
 *
 * Pure functions: the api loads the facts, asks here, and writes what comes back.
 */

export const PLAN_VERSION_STATES = ['DRAFT', 'SUBMITTED', 'APPROVED'] as const;
export type PlanVersionState = (typeof PLAN_VERSION_STATES)[number];

/** The two steering-board roles whose signatures approve a version. */
export const SIGN_OFF_ROLES = ['CHAIR', 'DEPUTY_CHAIR'] as const;
export type SignOffRole = (typeof SIGN_OFF_ROLES)[number];

export interface PlanSignOffFacts {
  role: SignOffRole;
  personId: string;
}

export interface PlanVersionFacts {
  state: PlanVersionState;
  signOffs: readonly PlanSignOffFacts[];
}

/** What a submitted version must contain. */
export interface PlanVersionContent {
  situationAssessment: string;
  recommendationCount: number;
}

/**
 * Why a step is refused. WRONG_STATE, INCOMPLETE, ALREADY_SIGNED and ROLE_SIGNED are the caller's
 * input (BAD_USER_INPUT, messages per field); NOT_A_SIGNER is a role they lack (FORBIDDEN).
 */
export type PlanVersionRefusalReason = 'WRONG_STATE' | 'INCOMPLETE' | 'NOT_A_SIGNER' | 'ALREADY_SIGNED' | 'ROLE_SIGNED';

export interface PlanVersionRefusal {
  reason: PlanVersionRefusalReason;
  /** A message per field of the input or the version that stands in the way. */
  fields: Record<string, string>;
}

export type PlanVersionOutcome<T> = { ok: true; value: T } | { ok: false; refusal: PlanVersionRefusal };

const ok = <T>(value: T): PlanVersionOutcome<T> => ({ ok: true, value });
const refuse = <T>(reason: PlanVersionRefusalReason, fields: Record<string, string>): PlanVersionOutcome<T> => ({
  ok: false,
  refusal: { reason, fields },
});

const STATE_MESSAGES: Record<PlanVersionState, string> = {
  DRAFT: 'This version is still a draft: it has to be submitted first.',
  SUBMITTED: 'This version has been submitted: reopen it to change it.',
  APPROVED: 'This version has been approved and can no longer be changed.',
};

function wrongState<T>(state: PlanVersionState): PlanVersionOutcome<T> {
  return refuse('WRONG_STATE', { state: STATE_MESSAGES[state] });
}

/** Content, indicators and recommendations can be changed only while the version is a draft. */
export function isPlanVersionEditable(state: PlanVersionState): boolean {
  return state === 'DRAFT';
}

/** Whether an edit of the content may happen now. */
export function editPlanVersion(version: PlanVersionFacts): PlanVersionOutcome<PlanVersionFacts> {
  return isPlanVersionEditable(version.state) ? ok(version) : wrongState(version.state);
}

/** What is missing before a draft can be submitted, per field; empty when nothing is. */
export function submissionProblems(content: PlanVersionContent): Record<string, string> {
  const problems: Record<string, string> = {};
  if (content.situationAssessment.trim() === '') problems.situationAssessment = 'Please write the situation assessment before submitting.';
  if (content.recommendationCount < 1) problems.recommendationIds = 'Please choose at least one recommendation before submitting.';
  return problems;
}

/** DRAFT → SUBMITTED, with at least one recommendation and a situation assessment. */
export function submitPlanVersion(version: PlanVersionFacts, content: PlanVersionContent): PlanVersionOutcome<PlanVersionFacts> {
  if (version.state !== 'DRAFT') return wrongState(version.state);
  const problems = submissionProblems(content);
  if (Object.keys(problems).length > 0) return refuse('INCOMPLETE', problems);
  return ok({ state: 'SUBMITTED', signOffs: [] });
}

/** SUBMITTED → DRAFT: back to editing; the sign-offs given so far no longer count. */
export function reopenPlanVersion(version: PlanVersionFacts): PlanVersionOutcome<PlanVersionFacts> {
  if (version.state !== 'SUBMITTED') return wrongState(version.state);
  return ok({ state: 'DRAFT', signOffs: [] });
}

/** A person who may sign, and the steering-board roles they hold today. */
export interface PlanSigner {
  personId: string;
  roles: readonly SignOffRole[];
}

export interface SignOffResult {
  version: PlanVersionFacts;
  /** The role the signer signed in. */
  role: SignOffRole;
  /** True when this signature completed the pair: the version is APPROVED now. */
  approved: boolean;
}

/** Both roles have signed. */
export function isFullySigned(signOffs: readonly PlanSignOffFacts[]): boolean {
  return SIGN_OFF_ROLES.every((role) => signOffs.some((signOff) => signOff.role === role));
}

/** The role the signer would sign in now: their first role not yet signed; null when none is left. */
export function signOffRoleFor(version: PlanVersionFacts, signer: PlanSigner): SignOffRole | null {
  return SIGN_OFF_ROLES.find((role) => signer.roles.includes(role) && !version.signOffs.some((signOff) => signOff.role === role)) ?? null;
}

/**
 * A sign-off in SUBMITTED by the steering board's chair or deputy, once per person and once per
 * role; the second of the two roles approves the version.
 */
export function signOffPlanVersion(version: PlanVersionFacts, signer: PlanSigner): PlanVersionOutcome<SignOffResult> {
  if (version.state !== 'SUBMITTED') return wrongState(version.state);
  if (!signer.roles.some((role) => (SIGN_OFF_ROLES as readonly string[]).includes(role))) {
    return refuse('NOT_A_SIGNER', { signOffs: 'Only the chair and the deputy chair of the steering board sign off a plan version.' });
  }
  if (version.signOffs.some((signOff) => signOff.personId === signer.personId)) {
    return refuse('ALREADY_SIGNED', { signOffs: 'You have already signed off this version.' });
  }
  const role = signOffRoleFor(version, signer);
  if (role === null) return refuse('ROLE_SIGNED', { signOffs: 'Your role has already signed off this version.' });
  const signOffs = [...version.signOffs, { role, personId: signer.personId }];
  const approved = isFullySigned(signOffs);
  return ok({ version: { state: approved ? 'APPROVED' : 'SUBMITTED', signOffs }, role, approved });
}

export const OPEN_PLAN_VERSION_EXISTS = 'An unapproved version exists already: finish or edit it before starting another.';

/** A new version may be started only when every existing one is approved. */
export function startPlanVersionProblem(versions: ReadonlyArray<{ state: PlanVersionState }>): string | null {
  return versions.some((version) => version.state !== 'APPROVED') ? OPEN_PLAN_VERSION_EXISTS : null;
}

/** The number the next version gets: one more than the highest so far, 1 for the first. */
export function nextPlanVersionNumber(versions: ReadonlyArray<{ number: number }>): number {
  return versions.reduce((highest, version) => Math.max(highest, version.number), 0) + 1;
}

/** What a viewer may do with a version now, for the viewerMay* fields of the api. */
export interface PlanVersionAbilities {
  edit: boolean;
  submit: boolean;
  reopen: boolean;
  signOff: boolean;
}

export function planVersionAbilities(
  version: PlanVersionFacts,
  viewer: { mayAssemble: boolean; signer: PlanSigner | null },
): PlanVersionAbilities {
  return {
    edit: viewer.mayAssemble && version.state === 'DRAFT',
    submit: viewer.mayAssemble && version.state === 'DRAFT',
    reopen: viewer.mayAssemble && version.state === 'SUBMITTED',
    signOff: viewer.signer !== null && signOffPlanVersion(version, viewer.signer).ok,
  };
}

/**
 * A list of ids as a client sends them: the ones named more than once, so a version lists each
 * recommendation or indicator once.
 */
export function duplicateIds(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) duplicates.add(id);
    seen.add(id);
  }
  return [...duplicates];
}
