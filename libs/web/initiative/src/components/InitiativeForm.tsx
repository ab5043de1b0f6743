import { useId, useState, type FormEvent } from 'react';
import type { CombinedError } from 'urql';
import { INITIATIVE_KINDS, REPORTING_CYCLES, type InitiativeKind, type ReportingCycle } from '@pakt/domain';
import { writeProblem, type WriteProblem } from '@pakt/web-indicator';
import {
  CheckboxGroup,
  DateField,
  ErrorSummary,
  type FieldProblem,
  SelectField,
  type SelectOption,
  TextAreaField,
  TextField,
} from '@pakt/web-ui';
import { useInitiativeMessages } from '../messages';
import { fieldOfProblem, INITIATIVE_FIELDS, type InitiativeField, type InitiativeValues } from './initiative-values';

/** What the alliance offers to choose from. */
export interface InitiativeChoices {
  readonly organisations: readonly SelectOption[];
  readonly actionFields: readonly SelectOption[];
  readonly recommendations: readonly SelectOption[];
  readonly regions: readonly SelectOption[];
}

interface InitiativeFormProps {
  readonly initial: InitiativeValues;
  readonly choices: InitiativeChoices;
  readonly submitLabel: string;
  /** Sends the values; resolves with the api's error, if there was one (on success the page moves on). */
  readonly onSubmit: (values: InitiativeValues) => Promise<CombinedError | undefined>;
}

const LABELS = {
  name: 'fields.name',
  description: 'fields.description',
  kind: 'fields.kind',
  leadOrganisationId: 'fields.lead',
  partnerOrganisationIds: 'fields.partners',
  actionFieldIds: 'fields.actionFields',
  recommendationIds: 'fields.recommendations',
  regionIds: 'fields.regions',
  targetGroups: 'fields.targetGroups',
  startOn: 'fields.startsOn',
  endOn: 'fields.endsOn',
  reportingCycle: 'fields.reportingCycle',
  fundingNotes: 'fields.fundingNotes',
} as const satisfies Record<InitiativeField, string>;

/**
 * The register's form for creating and editing an initiative. The api checks everything (end
 * before start, a JOINT initiative without partners, unknown organisations); its per-field
 * messages appear next to the fields and in a summary that takes focus and links into them.
 */
export function InitiativeForm({ initial, choices, submitLabel, onSubmit }: InitiativeFormProps) {
  const { t } = useInitiativeMessages();
  const baseId = useId();
  const [values, setValues] = useState<InitiativeValues>(initial);
  const [problem, setProblem] = useState<WriteProblem | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const fieldId = (name: InitiativeField) => `${baseId}-${name}`;
  const label = (name: InitiativeField) => t(LABELS[name]);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    // A date travels only as a date: an empty start cannot reach the api, so it is named here as the api would.
    if (values.startOn === '') {
      setProblem({ kind: 'invalid', fields: { startOn: '' }, rows: [] });
      setAttempt((count) => count + 1);
      return;
    }
    setBusy(true);
    const error = await onSubmit(values);
    setBusy(false);
    if (!error) {
      setProblem(null);
      return;
    }
    setProblem(writeProblem(error));
    setAttempt((count) => count + 1);
  };

  const errors: Partial<Record<InitiativeField, string>> = {};
  const others: string[] = [];
  if (problem?.kind === 'invalid') {
    for (const [name, detail] of Object.entries(problem.fields)) {
      const field = fieldOfProblem(name);
      if (!field) {
        others.push(detail);
        continue;
      }
      if (errors[field]) continue;
      const value = values[field];
      const empty = (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);
      errors[field] = empty ? t('form.required', { label: label(field) }) : t('form.invalidDetail', { label: label(field), detail });
    }
  }
  const summary: FieldProblem[] = INITIATIVE_FIELDS.flatMap((name) => {
    const message = errors[name];
    return message ? [{ fieldId: fieldId(name), message }] : [];
  });
  const error = (name: InitiativeField) => errors[name] ?? null;
  const set =
    <K extends InitiativeField>(name: K) =>
    (value: InitiativeValues[K]) =>
      setValues((current) => ({ ...current, [name]: value }));

  const kinds = INITIATIVE_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }));
  const cycles = REPORTING_CYCLES.map((cycle) => ({ value: cycle, label: t(`cycles.${cycle}`) }));
  const partnerChoices = choices.organisations.filter((organisation) => organisation.value !== values.leadOrganisationId);

  return (
    <form className="form" noValidate onSubmit={(event) => void submit(event)}>
      {problem && (
        <ErrorSummary title={t('form.errorSummary')} fields={summary} attempt={attempt}>
          {problem.kind === 'conflict' && <p>{t('form.conflict')}</p>}
          {problem.kind === 'not-found' && <p>{t('form.notFound')}</p>}
          {(problem.kind === 'failed' || (problem.kind === 'invalid' && summary.length === 0 && others.length === 0)) && <p>{t('form.failed')}</p>}
          {others.map((message) => (
            <p key={message}>{message}</p>
          ))}
        </ErrorSummary>
      )}
      <TextField
        id={fieldId('name')}
        name="name"
        label={label('name')}
        hint={t('fields.nameHint')}
        autoComplete="off"
        value={values.name}
        onChange={set('name')}
        error={error('name')}
      />
      <TextAreaField id={fieldId('description')} label={label('description')} value={values.description} onChange={set('description')} error={error('description')} />
      <SelectField
        id={fieldId('kind')}
        label={label('kind')}
        value={values.kind}
        options={kinds}
        onChange={(kind) => set('kind')(kind as InitiativeKind)}
        error={error('kind')}
      />
      <SelectField
        id={fieldId('leadOrganisationId')}
        label={label('leadOrganisationId')}
        value={values.leadOrganisationId}
        options={choices.organisations}
        emptyOption={t('common.none')}
        onChange={set('leadOrganisationId')}
        error={error('leadOrganisationId')}
      />
      {values.kind === 'JOINT' && (
        <CheckboxGroup
          id={fieldId('partnerOrganisationIds')}
          legend={label('partnerOrganisationIds')}
          hint={t('fields.partnersHint')}
          options={partnerChoices}
          selected={values.partnerOrganisationIds}
          onChange={set('partnerOrganisationIds')}
          error={error('partnerOrganisationIds')}
        />
      )}
      <CheckboxGroup
        id={fieldId('actionFieldIds')}
        legend={label('actionFieldIds')}
        options={choices.actionFields}
        selected={values.actionFieldIds}
        onChange={set('actionFieldIds')}
        error={error('actionFieldIds')}
      />
      {choices.recommendations.length === 0 ? (
        <p className="muted">{t('fields.noRecommendations')}</p>
      ) : (
        <CheckboxGroup
          id={fieldId('recommendationIds')}
          legend={label('recommendationIds')}
          options={choices.recommendations}
          selected={values.recommendationIds}
          onChange={set('recommendationIds')}
          error={error('recommendationIds')}
        />
      )}
      <CheckboxGroup
        id={fieldId('regionIds')}
        legend={label('regionIds')}
        options={choices.regions}
        selected={values.regionIds}
        onChange={set('regionIds')}
        error={error('regionIds')}
      />
      <TextAreaField
        id={fieldId('targetGroups')}
        label={label('targetGroups')}
        hint={t('fields.targetGroupsHint')}
        rows={3}
        value={values.targetGroups}
        onChange={set('targetGroups')}
        error={error('targetGroups')}
      />
      <DateField id={fieldId('startOn')} label={label('startOn')} value={values.startOn} onChange={set('startOn')} error={error('startOn')} />
      <DateField id={fieldId('endOn')} label={label('endOn')} value={values.endOn} onChange={set('endOn')} error={error('endOn')} />
      <SelectField
        id={fieldId('reportingCycle')}
        label={label('reportingCycle')}
        value={values.reportingCycle}
        options={cycles}
        onChange={(cycle) => set('reportingCycle')(cycle as ReportingCycle)}
        error={error('reportingCycle')}
      />
      <TextAreaField
        id={fieldId('fundingNotes')}
        label={label('fundingNotes')}
        rows={3}
        value={values.fundingNotes}
        onChange={set('fundingNotes')}
        error={error('fundingNotes')}
      />
      <div className="actions">
        <button type="submit" className="button">
          {submitLabel}
        </button>
        {busy && <span className="status">{t('common.saving')}</span>}
      </div>
    </form>
  );
}
