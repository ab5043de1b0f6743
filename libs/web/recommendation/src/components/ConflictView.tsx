import { useEffect, useId, useRef, useState } from 'react';
import { wordDiff } from '@pakt/domain';
import { WordDiff } from '@pakt/web-ui';
import type { RecommendationAlliance } from '../access';
import { changedFields, type ContentField, type ContentValues, type CurrentVersion } from '../content';
import { useRecommendationMessages } from '../messages';
import { useFieldLabel } from './field-problems';
import { useOrganisationKindName } from './organisation-kinds';

type Choice = 'mine' | 'theirs';

interface ConflictViewProps {
  readonly alliance: RecommendationAlliance;
  readonly actionFields: readonly { readonly id: string; readonly title: string }[];
  readonly mine: ContentValues;
  /** The version last saved before the conflict: fields the person did not touch default to "theirs". */
  readonly base: ContentValues;
  readonly current: CurrentVersion;
  readonly onResolve: (chosen: ContentValues) => void;
}

/** A field's value as readable text, for both columns and the diff. */
function useDisplay(alliance: RecommendationAlliance, actionFields: ConflictViewProps['actionFields']) {
  const kindName = useOrganisationKindName();
  return (field: ContentField, values: ContentValues): string => {
    switch (field) {
      case 'actionFieldId':
        return actionFields.find((item) => item.id === values.actionFieldId)?.title ?? '';
      case 'addresseeOrganisationIds':
        return values.addresseeOrganisationIds
          .map((id) => alliance.organisations.find((organisation) => organisation.id === id)?.name ?? id)
          .join('\n');
      case 'addresseeKinds':
        return values.addresseeKinds.map((kind) => kindName(kind)).join('\n');
      case 'citedIndicatorIds':
        return values.citedIndicatorIds.map((id) => alliance.indicators.find((indicator) => indicator.id === id)?.name ?? id).join('\n');
      default:
        return values[field];
    }
  };
}

/**
 * Both versions side by side after a refused save: "Ihre Fassung" (kept as typed) and the
 * current one, with the word-level changes between them, and a choice per field.
 */
export function ConflictView({ alliance, actionFields, mine, base, current, onResolve }: ConflictViewProps) {
  const { t } = useRecommendationMessages();
  const label = useFieldLabel();
  const display = useDisplay(alliance, actionFields);
  const headingId = useId();
  const [notice, setNotice] = useState<string | null>(null);
  const fields = changedFields(current.values, mine);
  const [choices, setChoices] = useState<Partial<Record<ContentField, Choice>>>({});
  const heading = useRef<HTMLHeadingElement>(null);
  const theirsName = current.updatedBy ? t('conflict.theirs', { name: current.updatedBy }) : t('conflict.theirsAnonymous');

  // A new conflict (another version) starts with fresh defaults.
  useEffect(() => setChoices({}), [current.version]);

  const choiceOf = (field: ContentField): Choice => {
    const chosen = choices[field];
    if (chosen) return chosen;
    // What the person changed is theirs to keep; what they did not touch follows the current version.
    return changedFields(base, mine).includes(field) ? 'mine' : 'theirs';
  };
  const setAll = (choice: Choice) => setChoices(Object.fromEntries(fields.map((field) => [field, choice])));

  const copy = async (field: ContentField) => {
    try {
      await navigator.clipboard.writeText(display(field, mine));
      setNotice(t('conflict.copied', { label: label(field) }));
    } catch {
      setNotice(t('conflict.copyFailed'));
    }
  };

  const apply = () => {
    let chosen: ContentValues = current.values;
    for (const field of fields) {
      if (choiceOf(field) === 'mine') chosen = { ...chosen, [field]: mine[field] };
    }
    onResolve(chosen);
  };

  return (
    <section aria-labelledby={headingId} className="conflict">
      <h3 id={headingId} ref={heading} tabIndex={-1}>
        {t('conflict.title')}
      </h3>
      <p role="alert">{t('conflict.intro')}</p>
      {fields.map((field) => {
        const mineText = display(field, mine);
        const theirsText = display(field, current.values);
        const name = `${headingId}-${field}`;
        return (
          <fieldset key={field} className="conflict__field">
            <legend>{label(field)}</legend>
            <div className="conflict__columns">
              <div>
                <h4>{t('conflict.mine')}</h4>
                <p className="conflict__text">{mineText || t('conflict.empty')}</p>
              </div>
              <div>
                <h4>{theirsName}</h4>
                <p className="conflict__text">{theirsText || t('conflict.empty')}</p>
              </div>
            </div>
            <h4>{t('conflict.changes')}</h4>
            <WordDiff segments={wordDiff(theirsText, mineText)} />
            <div className="conflict__choice">
              <div className="checkbox">
                <input
                  type="radio"
                  id={`${name}-mine`}
                  name={name}
                  checked={choiceOf(field) === 'mine'}
                  onChange={() => setChoices((all) => ({ ...all, [field]: 'mine' }))}
                />
                <label htmlFor={`${name}-mine`}>{t('conflict.keepMine')}</label>
              </div>
              <div className="checkbox">
                <input
                  type="radio"
                  id={`${name}-theirs`}
                  name={name}
                  checked={choiceOf(field) === 'theirs'}
                  onChange={() => setChoices((all) => ({ ...all, [field]: 'theirs' }))}
                />
                <label htmlFor={`${name}-theirs`}>{t('conflict.takeTheirs')}</label>
              </div>
              <button type="button" className="button button--secondary" onClick={() => void copy(field)}>
                {t('conflict.copy')}
                <span className="visually-hidden">{`: ${label(field)}`}</span>
              </button>
            </div>
          </fieldset>
        );
      })}
      <div className="actions">
        <button type="button" className="button button--secondary" onClick={() => setAll('mine')}>
          {t('conflict.allMine')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => setAll('theirs')}>
          {t('conflict.allTheirs')}
        </button>
        <button type="button" className="button" onClick={apply}>
          {t('conflict.apply')}
        </button>
      </div>
      <p role="status" className={notice ? 'notice' : 'notice notice--empty'}>
        {notice}
      </p>
    </section>
  );
}
