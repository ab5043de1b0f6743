import { holds, type Grant, type Permission } from './access';

/**
 * The life of a Handlungsempfehlung: drafted in a focus group, submitted, returned to its authors
 * or approved by the group's chair or deputy, adopted when a plan version containing it is
 * approved. REJECTED, WITHDRAWN and ADOPTED end it.
 */
export const RECOMMENDATION_STATES = ['DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED', 'ADOPTED', 'REJECTED', 'WITHDRAWN'] as const;
export type RecommendationState = (typeof RECOMMENDATION_STATES)[number];

export const RECOMMENDATION_ACTIONS = ['SUBMIT', 'RETURN', 'APPROVE', 'REJECT', 'WITHDRAW', 'ADOPT'] as const;
export type RecommendationAction = (typeof RECOMMENDATION_ACTIONS)[number];

/** States no action leaves. */
export const FINAL_RECOMMENDATION_STATES: readonly RecommendationState[] = ['ADOPTED', 'REJECTED', 'WITHDRAWN'];

/** States whose content the authors may still change. */
export const EDITABLE_RECOMMENDATION_STATES: readonly RecommendationState[] = ['DRAFT', 'RETURNED'];

/** States everyone in the alliance reads (alliance.read); the others only the focus group (recommendation.read). */
export const PUBLISHED_RECOMMENDATION_STATES: readonly RecommendationState[] = ['APPROVED', 'ADOPTED'];

export interface RecommendationTransitionRule {
  from: readonly RecommendationState[];
  to: RecommendationState;
  /** The permission in the focus group that allows it; null: only the system (plan approval) takes it. */
  permission: Extract<Permission, 'recommendation.draft' | 'recommendation.review'> | null;
  /** Whether the actor must say why (a reason the authors read). */
  commentRequired: boolean;
}

/** The one table of the workflow: which action leads from where to where, and who may take it. */
export const RECOMMENDATION_TRANSITIONS: Readonly<Record<RecommendationAction, RecommendationTransitionRule>> = {
  SUBMIT: { from: ['DRAFT', 'RETURNED'], to: 'SUBMITTED', permission: 'recommendation.draft', commentRequired: false },
  RETURN: { from: ['SUBMITTED'], to: 'RETURNED', permission: 'recommendation.review', commentRequired: true },
  APPROVE: { from: ['SUBMITTED'], to: 'APPROVED', permission: 'recommendation.review', commentRequired: false },
  REJECT: { from: ['SUBMITTED'], to: 'REJECTED', permission: 'recommendation.review', commentRequired: true },
  WITHDRAW: { from: ['DRAFT', 'SUBMITTED', 'RETURNED'], to: 'WITHDRAWN', permission: 'recommendation.draft', commentRequired: false },
  ADOPT: { from: ['APPROVED'], to: 'ADOPTED', permission: null, commentRequired: false },
};

/** Where the action leads from this state, or null when it is not possible there. */
export function recommendationTransition(state: RecommendationState, action: RecommendationAction): RecommendationState | null {
  const rule = RECOMMENDATION_TRANSITIONS[action];
  return rule.from.includes(state) ? rule.to : null;
}

export function isFinalRecommendationState(state: RecommendationState): boolean {
  return FINAL_RECOMMENDATION_STATES.includes(state);
}

export function isRecommendationEditable(state: RecommendationState): boolean {
  return EDITABLE_RECOMMENDATION_STATES.includes(state);
}

/** A recommendation as the rules see it: where it lives and where it stands. */
export interface RecommendationFacts {
  allianceId: string;
  focusGroupId: string;
  state: RecommendationState;
}

function scopeOf(facts: Pick<RecommendationFacts, 'allianceId' | 'focusGroupId'>) {
  return { allianceId: facts.allianceId, bodyId: facts.focusGroupId };
}

/**
 * Whether the grants let someone read the recommendation: its focus group (recommendation.read)
 * always, everyone in the alliance (alliance.read) once it is APPROVED or ADOPTED.
 */
export function mayReadRecommendation(grants: readonly Grant[], facts: RecommendationFacts): boolean {
  if (holds(grants, 'recommendation.read', scopeOf(facts))) return true;
  return PUBLISHED_RECOMMENDATION_STATES.includes(facts.state) && holds(grants, 'alliance.read', { allianceId: facts.allianceId });
}

/** Whether the grants let someone change the content now: a drafter of the group, in DRAFT or RETURNED. */
export function mayEditRecommendation(grants: readonly Grant[], facts: RecommendationFacts): boolean {
  return isRecommendationEditable(facts.state) && holds(grants, 'recommendation.draft', scopeOf(facts));
}

/** Whether the grants let someone comment on it and declare support. */
export function mayDiscussRecommendation(grants: readonly Grant[], facts: RecommendationFacts): boolean {
  return mayReadRecommendation(grants, facts) && holds(grants, 'recommendation.discuss', scopeOf(facts));
}

/** Why an action is refused: the caller's code (FORBIDDEN, BAD_USER_INPUT) follows from it. */
export type TransitionRefusal =
  /** ADOPT: only plan approval takes it. */
  | 'SYSTEM_ONLY'
  /** The caller lacks the permission the action needs in the focus group. */
  | 'NOT_PERMITTED'
  /** Not possible from the current state. */
  | 'WRONG_STATE'
  /** RETURN and REJECT need a reason. */
  | 'COMMENT_REQUIRED';

export type TransitionCheck = { ok: true; to: RecommendationState } | { ok: false; refusal: TransitionRefusal };

/**
 * Whether a client may take the action now. The order matters: ADOPT is never a client's, then
 * the role (someone without it learns nothing about the state), then the state, then the reason.
 */
export function checkRecommendationTransition(
  grants: readonly Grant[],
  facts: RecommendationFacts,
  action: RecommendationAction,
  comment: string | null | undefined,
): TransitionCheck {
  const rule = RECOMMENDATION_TRANSITIONS[action];
  if (rule.permission === null) return { ok: false, refusal: 'SYSTEM_ONLY' };
  if (!holds(grants, rule.permission, scopeOf(facts))) return { ok: false, refusal: 'NOT_PERMITTED' };
  const to = recommendationTransition(facts.state, action);
  if (to === null) return { ok: false, refusal: 'WRONG_STATE' };
  if (rule.commentRequired && (comment ?? '').trim() === '') return { ok: false, refusal: 'COMMENT_REQUIRED' };
  return { ok: true, to };
}

/** The actions a client may offer the person now, in RECOMMENDATION_ACTIONS order; never ADOPT. */
export function availableRecommendationActions(grants: readonly Grant[], facts: RecommendationFacts): RecommendationAction[] {
  return RECOMMENDATION_ACTIONS.filter((action) => {
    const rule = RECOMMENDATION_TRANSITIONS[action];
    return rule.permission !== null && recommendationTransition(facts.state, action) !== null && holds(grants, rule.permission, scopeOf(facts));
  });
}

/** What SUBMIT needs to be filled in; a draft may lack any of it. */
export interface RecommendationContent {
  title: string;
  problem: string;
  measure: string;
  expectedEffect: string;
  timeFrame: string;
  addresseeOrganisationIds: readonly string[];
  addresseeKinds: readonly string[];
}

/** The fields a submission may lack, in the order of the form; `addressees` stands for organisations or kinds. */
export const SUBMISSION_FIELDS = ['title', 'problem', 'measure', 'addressees', 'expectedEffect', 'timeFrame'] as const;
export type SubmissionField = (typeof SUBMISSION_FIELDS)[number];

const blank = (text: string) => text.trim() === '';

/** The fields still empty before the recommendation may be submitted, in form order; [] when it is ready. */
export function missingForSubmission(content: RecommendationContent): SubmissionField[] {
  const missing: Record<SubmissionField, boolean> = {
    title: blank(content.title),
    problem: blank(content.problem),
    measure: blank(content.measure),
    addressees: content.addresseeOrganisationIds.length === 0 && content.addresseeKinds.length === 0,
    expectedEffect: blank(content.expectedEffect),
    timeFrame: blank(content.timeFrame),
  };
  return SUBMISSION_FIELDS.filter((field) => missing[field]);
}
