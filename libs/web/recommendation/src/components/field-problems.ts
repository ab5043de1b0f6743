import { useCallback } from 'react';
import type { FieldProblem } from '@pakt/web-ui';
import { CONTENT_FIELDS, fieldId, fieldOfProblem, type ContentField, type ContentValues } from '../content';
import { useRecommendationMessages } from '../messages';
import type { FieldErrors } from './ContentFields';

const LABELS = {
  actionFieldId: 'fields.actionField',
  title: 'fields.title',
  problem: 'fields.problem',
  measure: 'fields.measure',
  addresseeOrganisationIds: 'fields.addressees',
  addresseeKinds: 'fields.addresseeKinds',
  expectedEffect: 'fields.expectedEffect',
  timeFrame: 'fields.timeFrame',
  costNotes: 'fields.costNotes',
  citedIndicatorIds: 'fields.citedIndicators',
} as const satisfies Record<ContentField, string>;

/** The label of each field, as the editor and the history name it. */
export function useFieldLabel(): (field: ContentField) => string {
  const { t } = useRecommendationMessages();
  return useCallback((field: ContentField) => t(LABELS[field]), [t]);
}

export interface Problems {
  readonly errors: FieldErrors;
  /** In the order of the form, each leading into its field. */
  readonly summary: FieldProblem[];
  /** What the api named that is no field of the form (e.g. "action": the state changed). */
  readonly others: string[];
}

/** Turns the api's `extensions.fields` into messages next to the fields and links in a summary. */
export function useFieldProblems(): (fields: Readonly<Record<string, string>>, values: ContentValues) => Problems {
  const { t } = useRecommendationMessages();
  const label = useFieldLabel();
  return useCallback(
    (fields, values) => {
      const errors: Partial<Record<ContentField, string>> = {};
      const others: string[] = [];
      for (const [name, detail] of Object.entries(fields)) {
        const field = fieldOfProblem(name);
        if (!field) {
          others.push(name);
          continue;
        }
        if (errors[field]) continue;
        const value = values[field];
        const empty = value === '' || (Array.isArray(value) && value.length === 0);
        errors[field] = empty
          ? t('form.required', { label: label(field) })
          : detail
            ? t('form.invalidDetail', { label: label(field), detail })
            : t('form.invalid', { label: label(field) });
      }
      const summary = CONTENT_FIELDS.flatMap((field) => {
        const message = errors[field];
        return message ? [{ fieldId: fieldId(field), message }] : [];
      });
      return { errors, summary, others };
    },
    [t, label],
  );
}
