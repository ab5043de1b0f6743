/** What the builder edits of a version; the lists are complete and ordered, as the api takes them. */
export interface PlanDraft {
  readonly title: string;
  readonly situationAssessment: string;
  readonly initiativesText: string;
  readonly commitments: string;
  readonly indicatorIds: readonly string[];
  readonly recommendationIds: readonly string[];
}

export type DraftText = 'title' | 'situationAssessment' | 'initiativesText' | 'commitments';
export const DRAFT_TEXTS: readonly DraftText[] = ['title', 'situationAssessment', 'initiativesText', 'commitments'];

interface StoredVersion {
  readonly title: string;
  readonly situationAssessment: string;
  readonly initiativesText: string;
  readonly commitments: string;
  readonly indicators: readonly { readonly id: string }[];
  readonly recommendations: readonly { readonly position: number; readonly recommendation: { readonly id: string } }[];
}

export function draftOf(version: StoredVersion): PlanDraft {
  return {
    title: version.title,
    situationAssessment: version.situationAssessment,
    initiativesText: version.initiativesText,
    commitments: version.commitments,
    indicatorIds: version.indicators.map((indicator) => indicator.id),
    recommendationIds: [...version.recommendations]
      .sort((a, b) => a.position - b.position)
      .map((entry) => entry.recommendation.id),
  };
}

export function sameDraft(a: PlanDraft, b: PlanDraft): boolean {
  return (
    DRAFT_TEXTS.every((field) => a[field] === b[field]) &&
    a.indicatorIds.join() === b.indicatorIds.join() &&
    a.recommendationIds.join() === b.recommendationIds.join()
  );
}

/** Moves one id a place up or down in a list. */
export function moveBy(ids: readonly string[], id: string, delta: -1 | 1): string[] {
  const list = [...ids];
  const from = list.indexOf(id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= list.length) return list;
  [list[from], list[to]] = [list[to]!, list[from]!];
  return list;
}

/**
 * Moves a recommendation one place within its action field: the plan shows them grouped, so it
 * changes places with its neighbour of the same field, wherever that stands in the whole list.
 */
export function moveWithinGroup(ids: readonly string[], id: string, delta: -1 | 1, groupOf: (id: string) => string): string[] {
  const group = groupOf(id);
  const list = [...ids];
  const from = list.indexOf(id);
  if (from < 0) return list;
  let to = from + delta;
  while (to >= 0 && to < list.length && groupOf(list[to]!) !== group) to += delta;
  if (to < 0 || to >= list.length) return list;
  [list[from], list[to]] = [list[to]!, list[from]!];
  return list;
}
