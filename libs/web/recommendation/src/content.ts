import type { OrganisationKind } from '@pakt/domain';
import type { RecommendationContentFragment } from '@pakt/web-data';

export type Recommendation = RecommendationContentFragment;

/** What the editor holds: the recommendation's content as the inputs take it. */
export interface ContentValues {
  readonly actionFieldId: string;
  readonly title: string;
  readonly problem: string;
  readonly measure: string;
  readonly addresseeOrganisationIds: readonly string[];
  readonly addresseeKinds: readonly OrganisationKind[];
  readonly expectedEffect: string;
  readonly timeFrame: string;
  readonly costNotes: string;
  readonly citedIndicatorIds: readonly string[];
}

export type ContentField = keyof ContentValues;

export const TEXT_FIELDS = ['title', 'problem', 'measure', 'expectedEffect', 'timeFrame', 'costNotes'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];
export const LIST_FIELDS = ['addresseeOrganisationIds', 'addresseeKinds', 'citedIndicatorIds'] as const;
export type ListField = (typeof LIST_FIELDS)[number];
/** Every field in the order the editor shows them. */
export const CONTENT_FIELDS: readonly ContentField[] = [
  'actionFieldId',
  'title',
  'problem',
  'measure',
  'addresseeOrganisationIds',
  'addresseeKinds',
  'expectedEffect',
  'timeFrame',
  'costNotes',
  'citedIndicatorIds',
];

export const EMPTY_CONTENT: ContentValues = {
  actionFieldId: '',
  title: '',
  problem: '',
  measure: '',
  addresseeOrganisationIds: [],
  addresseeKinds: [],
  expectedEffect: '',
  timeFrame: '',
  costNotes: '',
  citedIndicatorIds: [],
};

export function contentOf(recommendation: Recommendation): ContentValues {
  return {
    actionFieldId: recommendation.actionField.id,
    title: recommendation.title,
    problem: recommendation.problem,
    measure: recommendation.measure,
    addresseeOrganisationIds: recommendation.addresseeOrganisations.map((organisation) => organisation.id),
    addresseeKinds: recommendation.addresseeKinds,
    expectedEffect: recommendation.expectedEffect,
    timeFrame: recommendation.timeFrame,
    costNotes: recommendation.costNotes ?? '',
    citedIndicatorIds: recommendation.citedIndicators.map((indicator) => indicator.id),
  };
}

/** The newer version a CONFLICT carries in `extensions.current`. */
export interface CurrentVersion {
  readonly version: number;
  readonly revision: number | null;
  readonly updatedBy: string | null;
  readonly values: ContentValues;
}

function textOf(record: Record<string, unknown>, key: string): string {
  const value = record[key];
  return typeof value === 'string' ? value : '';
}

function listOf(record: Record<string, unknown>, key: string): string[] {
  const value = record[key];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** Reads `extensions.current`; without an action field in it, the one last known stays. */
export function currentVersionOf(extensions: Readonly<Record<string, unknown>>, actionFieldId: string): CurrentVersion | null {
  const current = extensions['current'];
  if (typeof current !== 'object' || current === null) return null;
  const record = current as Record<string, unknown>;
  const version = typeof record['version'] === 'number' ? record['version'] : extensions['currentVersion'];
  if (typeof version !== 'number') return null;
  return {
    version,
    revision: typeof record['revision'] === 'number' ? record['revision'] : null,
    updatedBy: typeof record['updatedBy'] === 'string' ? record['updatedBy'] : null,
    values: {
      actionFieldId: textOf(record, 'actionFieldId') || actionFieldId,
      title: textOf(record, 'title'),
      problem: textOf(record, 'problem'),
      measure: textOf(record, 'measure'),
      addresseeOrganisationIds: listOf(record, 'addresseeOrganisationIds'),
      addresseeKinds: listOf(record, 'addresseeKinds') as OrganisationKind[],
      expectedEffect: textOf(record, 'expectedEffect'),
      timeFrame: textOf(record, 'timeFrame'),
      costNotes: textOf(record, 'costNotes'),
      citedIndicatorIds: listOf(record, 'citedIndicatorIds'),
    },
  };
}

/**
 * Whether a field holds the same in both. Texts are compared as the api stores them (trimmed),
 * so a space typed at the end is not a change that a save could ever make.
 */
export function sameField(field: ContentField, a: ContentValues, b: ContentValues): boolean {
  const left = a[field];
  const right = b[field];
  if (typeof left === 'string' && typeof right === 'string') return left.trim() === right.trim();
  if (Array.isArray(left) && Array.isArray(right)) {
    // Addressees and kinds are sets; cited indicators keep their order.
    if (field === 'citedIndicatorIds') return left.length === right.length && left.every((item, index) => item === right[index]);
    return left.length === right.length && left.every((item) => right.includes(item));
  }
  return left === right;
}

export function changedFields(from: ContentValues, to: ContentValues): ContentField[] {
  return CONTENT_FIELDS.filter((field) => !sameField(field, from, to));
}

/** The fields of `values` that differ from `base`, as UpdateRecommendationInput takes them. */
export function changesOf(base: ContentValues, values: ContentValues): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  for (const field of changedFields(base, values)) {
    const value = values[field];
    changes[field] = field === 'costNotes' ? (value === '' ? null : value) : value;
  }
  return changes;
}

/** The api's name for a refused field → the editor's field. */
export function fieldOfProblem(name: string): ContentField | null {
  if (name.startsWith('addressee') || name === 'addressees') return 'addresseeOrganisationIds';
  if (name === 'citedIndicators') return 'citedIndicatorIds';
  return (CONTENT_FIELDS as readonly string[]).includes(name) ? (name as ContentField) : null;
}

/** The id each field's control gets on the page, for error summaries to lead there. */
export function fieldId(field: ContentField): string {
  return `recommendation-${field}`;
}
