import type {
  AllianceRole,
  BodyKind,
  InitiativeKind,
  InitiativeStatus,
  LocalDate,
  MembershipRole,
  OrganisationKind,
  RecommendationAction,
  RegionKind,
  ReportingCycle,
  SignOffRole,
} from '@pakt/domain';

export interface SeedOrganisation {
  name: string;
  shortName?: string;
  kind: OrganisationKind;
}

export interface SeedActionField {
  title: string;
  description?: string;
}

/** A seat in a body. People are named by display name; one name is one person within an alliance. */
export interface SeedMembership<OrgKey extends string> {
  role: MembershipRole;
  person: string;
  organisation: OrgKey;
  since?: LocalDate;
  until?: LocalDate;
}

export interface SeedBody<OrgKey extends string, FieldKey extends string> {
  name: string;
  kind: BodyKind;
  description?: string;
  /** First day of the body's work: the default `since` of its memberships. */
  since: LocalDate;
  actionFields: FieldKey[];
  memberships: Array<SeedMembership<OrgKey>>;
}

export interface SeedRegion {
  name: string;
  kind: RegionKind;
  code: string;
}

/** A demo account (password DEMO_PASSWORD), signing in as one of the alliance's people. */
export interface SeedAccount {
  email: string;
  /** Display name of the person this account is. */
  person: string;
  /** Roles in the alliance itself, beyond the person's memberships. */
  allianceRoles?: AllianceRole[];
}

export interface SeedAlliance<OrgKey extends string = string, FieldKey extends string = string> {
  slug: string;
  name: string;
  shortName?: string;
  description?: string;
  state: string;
  constitutedOn?: LocalDate;
  organisations: Record<OrgKey, SeedOrganisation>;
  /** In the order the alliance lists them. */
  actionFields: Record<FieldKey, SeedActionField>;
  bodies: Array<SeedBody<OrgKey, FieldKey>>;
  regions: SeedRegion[];
  accounts: SeedAccount[];
  /** Indicators, recommendations and the plan: the alliance's work so far (none for a new alliance). */
  workspace?: SeedWorkspace<OrgKey, FieldKey>;
  /** A joint declaration of the steering board, adopted, with the amendments that led there and the partners' answers. */
  declaration?: SeedDeclaration<OrgKey>;
}

/** A change of the draft by an amendment: the words `from` (first occurrence in the paragraph as it is then) become `to`. */
export interface SeedWording {
  from: string;
  to: string;
}

export interface SeedAmendment {
  author: string;
  reason: string;
  proposedOn: LocalDate;
  /** REPLACE names the paragraph by section and paragraph index in the draft; INSERT adds a paragraph after one. */
  change:
    | { kind: 'REPLACE'; section: number; paragraph: number; wording: SeedWording }
    | { kind: 'INSERT'; section: number; after: number; text: string }
    | { kind: 'DELETE'; section: number; paragraph: number };
  /** How it ended; ACCEPTED ones are merged in the order listed. NEEDS_NEW_VERSION ones lapsed at the final vote. */
  outcome:
    | { state: 'ACCEPTED'; decision: 'BALLOT' | 'TAKEOVER'; note: string; on: LocalDate; modified?: SeedWording }
    | { state: 'REJECTED'; note: string; on: LocalDate }
    | { state: 'WITHDRAWN' | 'LAPSED' };
  supporters?: string[];
  comments?: Array<{ author: string; body: string }>;
}

export interface SeedDeclaration<OrgKey extends string = string> {
  title: string;
  body: string;
  preamble: string;
  /** The drafting team's last draft before the amendment phase. */
  sections: Array<{ heading: string; paragraphs: string[] }>;
  draftedBy: string;
  draftingTeam: string[];
  amendments: SeedAmendment[];
  adoptedOn: LocalDate;
  finalVote: string;
  endorsements: Array<{
    organisation: OrgKey;
    by: string;
    state: 'ENDORSED' | 'ENDORSED_WITH_RESERVATION' | 'DECLINED';
    reservation?: string;
    on: LocalDate;
  }>;
}

/** Checks at compile time that every body and membership names an organisation and field that exist. */
export function defineAlliance<OrgKey extends string, FieldKey extends string>(
  alliance: SeedAlliance<OrgKey, FieldKey>,
): SeedAlliance<OrgKey, FieldKey> {
  return alliance;
}

type Period = { since?: LocalDate; until?: LocalDate };

/** Short constructors so a body's member list reads like the list on a committee's web page. */
export function seats<OrgKey extends string>() {
  const seat =
    (role: MembershipRole) =>
    (person: string, organisation: OrgKey, period: Period = {}): SeedMembership<OrgKey> => ({
      role,
      person,
      organisation,
      ...period,
    });
  return {
    chair: seat('CHAIR'),
    deputy: seat('DEPUTY_CHAIR'),
    secretariat: seat('SECRETARIAT'),
    member: seat('MEMBER'),
    observer: seat('OBSERVER'),
  };
}

/** A moment, ISO 8601 with its offset, e.g. "2021-02-04T09:10Z". Demo history uses fixed moments. */
export type Instant = string;

/** An indicator with its series in the order they are shown; each series lists [year, value] pairs. */
export interface SeedIndicator {
  name: string;
  unit: string;
  description?: string;
  source?: string;
  /** When the secretariat entered it. */
  enteredAt: Instant;
  series: Array<{ name: string; values: Array<readonly [period: number, value: number]> }>;
}

/** What a recommendation says; what a revision keeps. Organisations by key, indicators by name. */
export interface SeedRecommendationContent<OrgKey extends string = string> {
  title: string;
  problem: string;
  measure: string;
  expectedEffect: string;
  timeFrame: string;
  costNotes: string | null;
  addresseeOrganisations: OrgKey[];
  addresseeKinds: OrganisationKind[];
  citedIndicators: string[];
}

/** One save: who, when, and the fields it changed (the first save sets them all). */
export interface SeedRevision<Content> {
  at: Instant;
  by: string;
  set: Content;
}

/** A step of the workflow. `by` is a person of the group; null only for ADOPT, which plan approval takes. */
export interface SeedTransition {
  at: Instant;
  action: RecommendationAction;
  by: string | null;
  comment?: string;
}

export interface SeedComment {
  at: Instant;
  by: string;
  /** As it reads now. */
  body: string;
  /** When its author last edited it, if ever. */
  editedAt?: Instant;
}

/** A thread: a top-level comment with its replies, perhaps marked resolved. */
export interface SeedThread extends SeedComment {
  replies?: SeedComment[];
  resolved?: { at: Instant; by: string };
}

/**
 * A Handlungsempfehlung with its whole history. Its state is where its transitions lead, its
 * content what its revisions add up to, its authors the people who saved a revision.
 */
export interface SeedRecommendation<OrgKey extends string = string, FieldKey extends string = string> {
  /** Names it within the demo data (the plan refers to it); not stored. */
  key: string;
  /** The focus group's name. */
  focusGroup: string;
  actionField: FieldKey;
  revisions: [SeedRevision<SeedRecommendationContent<OrgKey>>, ...Array<SeedRevision<Partial<SeedRecommendationContent<OrgKey>>>>];
  /** Oldest first. */
  transitions: SeedTransition[];
  threads?: SeedThread[];
  supporters?: Array<{ person: string; at: Instant }>;
}

export interface SeedSignOff {
  role: SignOffRole;
  person: string;
  at: Instant;
}

/** A version of the plan; approved when both roles have signed, at the moment of the later sign-off. */
export interface SeedPlanVersion {
  title: string;
  situationAssessment: string;
  initiativesText: string;
  commitments: string;
  createdAt: Instant;
  submittedAt: Instant | null;
  /** By name, in order. */
  indicators: string[];
  /** By key, in order. */
  recommendations: string[];
  signOffs: SeedSignOff[];
}

/** The plan is called what its latest approved version is called. */
export interface SeedPlan {
  /** Oldest first; they are numbered 1, 2, … */
  versions: SeedPlanVersion[];
}

export interface SeedWorkspace<OrgKey extends string = string, FieldKey extends string = string> {
  indicators: SeedIndicator[];
  recommendations: Array<SeedRecommendation<OrgKey, FieldKey>>;
  plan?: SeedPlan;
  /** The register of initiatives; seeded once, while the alliance has none. */
  initiatives?: Array<SeedInitiative<OrgKey, FieldKey>>;
}

/**
 * An initiative of the register with its history. Its status is where its status history leads
 * (the first entry is its entry into the register); people are named by display name and must
 * represent the lead organisation (status) or the lead or a partner (reports), or be the secretariat.
 */
export interface SeedInitiative<OrgKey extends string = string, FieldKey extends string = string> {
  name: string;
  description: string;
  kind: InitiativeKind;
  lead: OrgKey;
  partners?: OrgKey[];
  actionFields: FieldKey[];
  /** Region names. */
  regions?: string[];
  targetGroups: string[];
  startOn: LocalDate;
  endOn?: LocalDate;
  fundingNotes?: string;
  reportingCycle: ReportingCycle;
  /** Keys of the recommendations it implements (approved or adopted ones). */
  recommendations?: string[];
  statusHistory: [SeedStatusChange, ...SeedStatusChange[]];
  milestones?: Array<{ title: string; dueOn: LocalDate; doneOn?: LocalDate }>;
  indicators?: Array<{ name: string; unit: string; baseline: number; target: number }>;
  /** Oldest first; values by indicator name. */
  reports?: Array<{ on: LocalDate; percent: number; narrative: string; by: string; values?: Record<string, number> }>;
}

export interface SeedStatusChange {
  status: InitiativeStatus;
  on: LocalDate;
  note: string;
  by: string;
}
