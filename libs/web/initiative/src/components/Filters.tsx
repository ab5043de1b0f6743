import { useId, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { INITIATIVE_STATUSES, type InitiativeStatus } from '@pakt/domain';
import { SelectField, type SelectOption } from '@pakt/web-ui';
import { useInitiativeMessages } from '../messages';

/** The register's and the dashboard's filters, kept in the address so a filtered view can be bookmarked and shared. */
export interface InitiativeFilter {
  readonly actionFieldId: string | null;
  readonly regionId: string | null;
  readonly organisationId: string | null;
  readonly status: InitiativeStatus | null;
}

const KEYS = { actionFieldId: 'field', regionId: 'region', organisationId: 'organisation', status: 'status' } as const;

/** The filter in the address, and a way to change it. */
export function useInitiativeFilter(): [InitiativeFilter, (filter: InitiativeFilter) => void] {
  const [params, setParams] = useSearchParams();
  const status = params.get(KEYS.status);
  const filter: InitiativeFilter = {
    actionFieldId: params.get(KEYS.actionFieldId) || null,
    regionId: params.get(KEYS.regionId) || null,
    organisationId: params.get(KEYS.organisationId) || null,
    status: INITIATIVE_STATUSES.find((value) => value === status) ?? null,
  };
  const set = (next: InitiativeFilter) => {
    const search = new URLSearchParams();
    for (const [name, key] of Object.entries(KEYS) as Array<[keyof InitiativeFilter, string]>) {
      const value = next[name];
      if (value) search.set(key, value);
    }
    setParams(search);
  };
  return [filter, set];
}

/** Where the api sends the filtered register as a file, with its headers in the reader's language. */
export function registerExportUrl(allianceId: string, format: 'csv' | 'xlsx', filter: InitiativeFilter, language: string): string {
  const search = new URLSearchParams({ lang: language });
  if (filter.actionFieldId) search.set('actionField', filter.actionFieldId);
  if (filter.regionId) search.set('region', filter.regionId);
  if (filter.organisationId) search.set('organisation', filter.organisationId);
  if (filter.status) search.set('status', filter.status);
  return `/exports/initiatives/${encodeURIComponent(allianceId)}.${format}?${search.toString()}`;
}

interface FiltersProps {
  readonly filter: InitiativeFilter;
  readonly onChange: (filter: InitiativeFilter) => void;
  readonly actionFields: readonly SelectOption[];
  readonly regions: readonly SelectOption[];
  readonly organisations: readonly SelectOption[];
}

/** Four choices applied together with one button, so nothing reloads while someone is still choosing. */
export function Filters({ filter, onChange, actionFields, regions, organisations }: FiltersProps) {
  const { t } = useInitiativeMessages();
  const ids = { heading: useId(), field: useId(), region: useId(), organisation: useId(), status: useId() };
  const [draft, setDraft] = useState(filter);
  const statuses = INITIATIVE_STATUSES.map((status) => ({ value: status, label: t(`statuses.${status}`) }));
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onChange(draft);
  };
  const empty: InitiativeFilter = { actionFieldId: null, regionId: null, organisationId: null, status: null };
  return (
    <form className="initiative-filters" aria-labelledby={ids.heading} onSubmit={submit}>
      <h2 id={ids.heading} className="initiative-filters__title">
        {t('register.filters')}
      </h2>
      <div className="initiative-filters__fields">
        <SelectField
          id={ids.field}
          label={t('register.actionField')}
          value={draft.actionFieldId ?? ''}
          options={actionFields}
          emptyOption={t('register.any')}
          onChange={(value) => setDraft({ ...draft, actionFieldId: value || null })}
          error={null}
        />
        <SelectField
          id={ids.region}
          label={t('register.region')}
          value={draft.regionId ?? ''}
          options={regions}
          emptyOption={t('register.any')}
          onChange={(value) => setDraft({ ...draft, regionId: value || null })}
          error={null}
        />
        <SelectField
          id={ids.organisation}
          label={t('register.organisation')}
          value={draft.organisationId ?? ''}
          options={organisations}
          emptyOption={t('register.any')}
          onChange={(value) => setDraft({ ...draft, organisationId: value || null })}
          error={null}
        />
        <SelectField
          id={ids.status}
          label={t('register.status')}
          value={draft.status ?? ''}
          options={statuses}
          emptyOption={t('register.any')}
          onChange={(value) => setDraft({ ...draft, status: INITIATIVE_STATUSES.find((status) => status === value) ?? null })}
          error={null}
        />
      </div>
      <div className="actions">
        <button type="submit" className="button">
          {t('register.apply')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setDraft(empty);
            onChange(empty);
          }}
        >
          {t('register.reset')}
        </button>
      </div>
    </form>
  );
}
