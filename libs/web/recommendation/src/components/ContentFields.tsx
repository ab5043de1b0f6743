import type { FocusEvent } from 'react';
import { ORGANISATION_KINDS, type OrganisationKind } from '@pakt/domain';
import { CheckboxGroup, SelectField, TextAreaField, TextField } from '@pakt/web-ui';
import type { RecommendationAlliance } from '../access';
import { fieldId, type ContentField, type ContentValues } from '../content';
import { useRecommendationMessages } from '../messages';
import { useOrganisationKindName } from './organisation-kinds';

export type FieldErrors = Partial<Record<ContentField, string>>;

interface ContentFieldsProps {
  readonly alliance: RecommendationAlliance;
  readonly actionFields: readonly { readonly id: string; readonly title: string }[];
  readonly values: ContentValues;
  readonly onChange: (patch: Partial<ContentValues>) => void;
  readonly errors: FieldErrors;
  /** Leaving a field (focus moves out of the whole group): the editor saves right away. */
  readonly onLeave?: () => void;
}

/** Every field of a recommendation, labelled, each with its error; shared by "new" and the editor. */
export function ContentFields({ alliance, actionFields, values, onChange, errors, onLeave }: ContentFieldsProps) {
  const { t } = useRecommendationMessages();
  const kindName = useOrganisationKindName();
  const error = (field: ContentField) => errors[field] ?? null;
  const leave = (event: FocusEvent<HTMLDivElement>) => {
    // Moving between the checkboxes of one group is not leaving it.
    const next = event.relatedTarget;
    if (next instanceof Node && event.currentTarget.contains(next)) return;
    onLeave?.();
  };
  return (
    <>
      <div onBlur={leave}>
        <SelectField
          id={fieldId('actionFieldId')}
          label={t('fields.actionField')}
          value={values.actionFieldId}
          options={actionFields.map((field) => ({ value: field.id, label: field.title }))}
          onChange={(actionFieldId) => onChange({ actionFieldId })}
          error={error('actionFieldId')}
        />
      </div>
      <div onBlur={leave}>
        <TextField
          id={fieldId('title')}
          label={t('fields.title')}
          name="title"
          autoComplete="off"
          value={values.title}
          onChange={(title) => onChange({ title })}
          error={error('title')}
        />
      </div>
      <div onBlur={leave}>
        <TextAreaField
          id={fieldId('problem')}
          label={t('fields.problem')}
          hint={t('fields.problemHint')}
          rows={5}
          value={values.problem}
          onChange={(problem) => onChange({ problem })}
          error={error('problem')}
        />
      </div>
      <div onBlur={leave}>
        <TextAreaField
          id={fieldId('measure')}
          label={t('fields.measure')}
          hint={t('fields.measureHint')}
          rows={6}
          value={values.measure}
          onChange={(measure) => onChange({ measure })}
          error={error('measure')}
        />
      </div>
      <div onBlur={leave}>
        <CheckboxGroup
          id={fieldId('addresseeOrganisationIds')}
          legend={t('fields.addresseeOrganisations')}
          options={alliance.organisations.map((organisation) => ({
            value: organisation.id,
            label: organisation.shortName ? `${organisation.name} (${organisation.shortName})` : organisation.name,
          }))}
          selected={values.addresseeOrganisationIds}
          onChange={(addresseeOrganisationIds) => onChange({ addresseeOrganisationIds })}
          error={error('addresseeOrganisationIds')}
        />
      </div>
      <div onBlur={leave}>
        <CheckboxGroup
          id={fieldId('addresseeKinds')}
          legend={t('fields.addresseeKinds')}
          options={ORGANISATION_KINDS.map((kind) => ({ value: kind, label: kindName(kind) }))}
          selected={values.addresseeKinds}
          onChange={(kinds) => onChange({ addresseeKinds: kinds as OrganisationKind[] })}
          error={error('addresseeKinds')}
        />
      </div>
      <div onBlur={leave}>
        <TextAreaField
          id={fieldId('expectedEffect')}
          label={t('fields.expectedEffect')}
          rows={4}
          value={values.expectedEffect}
          onChange={(expectedEffect) => onChange({ expectedEffect })}
          error={error('expectedEffect')}
        />
      </div>
      <div onBlur={leave}>
        <TextField
          id={fieldId('timeFrame')}
          label={t('fields.timeFrame')}
          hint={t('fields.timeFrameHint')}
          name="timeFrame"
          autoComplete="off"
          required={false}
          value={values.timeFrame}
          onChange={(timeFrame) => onChange({ timeFrame })}
          error={error('timeFrame')}
        />
      </div>
      <div onBlur={leave}>
        <TextAreaField
          id={fieldId('costNotes')}
          label={t('fields.costNotes')}
          rows={3}
          value={values.costNotes}
          onChange={(costNotes) => onChange({ costNotes })}
          error={error('costNotes')}
        />
      </div>
      <div onBlur={leave}>
        {alliance.indicators.length > 0 ? (
          <CheckboxGroup
            id={fieldId('citedIndicatorIds')}
            legend={t('fields.citedIndicators')}
            options={alliance.indicators.map((indicator) => ({ value: indicator.id, label: `${indicator.name} (${indicator.unit})` }))}
            selected={values.citedIndicatorIds}
            onChange={(citedIndicatorIds) => onChange({ citedIndicatorIds })}
            error={error('citedIndicatorIds')}
          />
        ) : (
          <p className="muted">{t('fields.noIndicators')}</p>
        )}
      </div>
    </>
  );
}
