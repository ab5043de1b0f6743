import { isFullySigned, recommendationTransition, type RecommendationState } from '@pakt/domain';
import type { Instant, SeedPlanVersion, SeedRecommendation, SeedRecommendationContent } from './seed-types';

// What a seeded recommendation's history adds up to. Seeding writes exactly this, and the data's
// tests check it against the domain's rules, so both read the history the same way.

/** The full content after each revision, oldest first: revision n is at index n - 1. */
export function revisionContents<OrgKey extends string>(
  recommendation: SeedRecommendation<OrgKey>,
): Array<SeedRecommendationContent<OrgKey>> {
  const [first, ...later] = recommendation.revisions;
  const contents = [first.set];
  for (const revision of later) contents.push({ ...contents[contents.length - 1]!, ...revision.set });
  return contents;
}

export function currentContent<OrgKey extends string>(recommendation: SeedRecommendation<OrgKey>): SeedRecommendationContent<OrgKey> {
  return revisionContents(recommendation).at(-1)!;
}

/** A transition with the states it leads from and to. */
export interface ResolvedTransition {
  at: Instant;
  action: SeedRecommendation['transitions'][number]['action'];
  by: string | null;
  comment: string | null;
  from: RecommendationState;
  to: RecommendationState;
}

/** The transitions with their states, following the domain's workflow from DRAFT; throws at one it does not allow. */
export function resolveTransitions(recommendation: SeedRecommendation): ResolvedTransition[] {
  let state: RecommendationState = 'DRAFT';
  return recommendation.transitions.map((transition) => {
    const to = recommendationTransition(state, transition.action);
    if (to === null) throw new Error(`Demo recommendation "${recommendation.key}": ${transition.action} is not possible from ${state}`);
    const resolved = { ...transition, comment: transition.comment ?? null, from: state, to };
    state = to;
    return resolved;
  });
}

/** Where its transitions lead. */
export function recommendationState(recommendation: SeedRecommendation): RecommendationState {
  return resolveTransitions(recommendation).at(-1)?.to ?? 'DRAFT';
}

/** The people who saved a revision, each once, with the moment of their first save. */
export function authorsOf(recommendation: SeedRecommendation): Array<{ person: string; since: Instant }> {
  const authors = new Map<string, Instant>();
  for (const revision of recommendation.revisions) if (!authors.has(revision.by)) authors.set(revision.by, revision.at);
  return [...authors].map(([person, since]) => ({ person, since }));
}

/** The last moment anything happened to it (its updated_at). */
export function lastChange(recommendation: SeedRecommendation): Instant {
  const moments = [...recommendation.revisions.map((r) => r.at), ...recommendation.transitions.map((t) => t.at)];
  return moments.reduce((latest, moment) => (Date.parse(moment) > Date.parse(latest) ? moment : latest));
}

/** When both roles have signed: the later sign-off; null while the version is not approved. */
export function approvedAt(version: SeedPlanVersion): Instant | null {
  if (!isFullySigned(version.signOffs.map((signOff) => ({ role: signOff.role, personId: signOff.person })))) return null;
  return version.signOffs.map((signOff) => signOff.at).reduce((latest, moment) => (Date.parse(moment) > Date.parse(latest) ? moment : latest));
}
