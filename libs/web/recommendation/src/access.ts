import { useQuery } from 'urql';
import type { MembershipRole } from '@pakt/domain';
import type { RecommendationAllianceQuery as AllianceResult } from '@pakt/web-data';
import { RecommendationAllianceQuery } from './graphql/queries';

export type RecommendationAlliance = NonNullable<AllianceResult['alliance']>;
export type FocusGroup = RecommendationAlliance['bodies'][number];

/** A focus group with the viewer's role in it (null: the alliance's secretariat, who sits in none). */
export interface ViewerGroup {
  readonly group: FocusGroup;
  readonly role: MembershipRole | null;
}

// The roles of libs/domain's POLICY, seen from the client: only for what to offer, the api decides.
const DRAFTING_ROLES: readonly MembershipRole[] = ['CHAIR', 'DEPUTY_CHAIR', 'SECRETARIAT', 'MEMBER'];
const REVIEWING_ROLES: readonly MembershipRole[] = ['CHAIR', 'DEPUTY_CHAIR'];

export interface RecommendationContext {
  readonly alliance: RecommendationAlliance;
  /** The focus groups whose work the viewer sees: their own, or all for the alliance's secretariat. */
  readonly groups: readonly ViewerGroup[];
  readonly draftingGroups: readonly FocusGroup[];
  readonly reviews: boolean;
}

export type ContextState =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly retry: () => void }
  | { readonly status: 'not-found' }
  | { readonly status: 'ready'; readonly context: RecommendationContext };

/** The alliance of the address and what the viewer may do with its recommendations. */
export function useRecommendationContext(slug: string): ContextState {
  const [{ data, error }, reexecute] = useQuery({ query: RecommendationAllianceQuery, variables: { slug } });
  if (error && !data) return { status: 'failed', retry: () => reexecute({ requestPolicy: 'network-only' }) };
  if (!data) return { status: 'loading' };
  const alliance = data.alliance;
  if (!alliance) return { status: 'not-found' };

  const roles = new Map<string, MembershipRole>();
  for (const membership of data.viewer?.people.flatMap((person) => person.memberships) ?? []) {
    // The strongest role counts when someone holds two in the same body.
    const current = roles.get(membership.body.id);
    if (!current || rank(membership.role) < rank(current)) roles.set(membership.body.id, membership.role);
  }
  const focusGroups = alliance.bodies.filter((body) => body.kind === 'FOCUS_GROUP');
  const secretariat = alliance.viewerPermissions.includes('alliance.administer');
  const groups = focusGroups.flatMap((group): ViewerGroup[] => {
    const role = roles.get(group.id);
    if (role) return [{ group, role }];
    return secretariat ? [{ group, role: null }] : [];
  });
  return {
    status: 'ready',
    context: {
      alliance,
      groups,
      draftingGroups: groups.filter(({ role }) => role !== null && DRAFTING_ROLES.includes(role)).map(({ group }) => group),
      reviews: groups.some(({ role }) => role !== null && REVIEWING_ROLES.includes(role)),
    },
  };
}

function rank(role: MembershipRole): number {
  return ['CHAIR', 'DEPUTY_CHAIR', 'SECRETARIAT', 'MEMBER', 'OBSERVER'].indexOf(role);
}
