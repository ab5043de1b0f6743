import { TextConflict } from '@pakt/web-ui';
import { usePlanMessages } from '../messages';
import { DRAFT_TEXTS, type PlanDraft } from './plan-draft';

interface ConflictPanelProps {
  readonly mine: PlanDraft;
  readonly theirs: PlanDraft;
  readonly describeIndicators: (ids: readonly string[]) => string[];
  readonly describeRecommendations: (ids: readonly string[]) => string[];
  readonly onKeepMine: () => void;
  readonly onTakeTheirs: () => void;
}

/**
 * After a stale save: what someone else stored meanwhile beside what this person typed, part by
 * part, so nothing is lost; then keep one's own input (to save again) or take over theirs.
 */
export function ConflictPanel({ mine, theirs, describeIndicators, describeRecommendations, onKeepMine, onTakeTheirs }: ConflictPanelProps) {
  const { t } = usePlanMessages();
  const labels = {
    title: t('builder.fieldTitle'),
    situationAssessment: t('builder.situation'),
    initiativesText: t('builder.initiatives'),
    commitments: t('builder.commitments'),
  };
  const lists = [
    { key: 'indicators', label: t('builder.indicators'), mine: describeIndicators(mine.indicatorIds), theirs: describeIndicators(theirs.indicatorIds) },
    {
      key: 'recommendations',
      label: t('builder.recommendations'),
      mine: describeRecommendations(mine.recommendationIds),
      theirs: describeRecommendations(theirs.recommendationIds),
    },
  ].filter((list) => list.mine.join('\n') !== list.theirs.join('\n'));

  return (
    <TextConflict
      title={t('builder.compareTitle')}
      intro={t('builder.compareIntro')}
      parts={DRAFT_TEXTS.map((field) => ({ key: field, label: labels[field], theirs: theirs[field], mine: mine[field] }))}
      labels={{ theirs: t('builder.theirsText'), difference: t('builder.difference'), empty: t('version.emptyText') }}
      actions={
        <>
          <button type="button" className="button" onClick={onKeepMine}>
            {t('builder.keepMine')}
          </button>
          <button type="button" className="button button--secondary" onClick={onTakeTheirs}>
            {t('builder.takeTheirs')}
          </button>
        </>
      }
    >
      {lists.map((list) => (
        <div key={list.key} className="text-conflict__part">
          <h3>{list.label}</h3>
          <p className="text-conflict__label">{t('builder.theirsText')}</p>
          {list.theirs.length > 0 ? (
            <ol>
              {list.theirs.map((name, index) => (
                <li key={index}>{name}</li>
              ))}
            </ol>
          ) : (
            <p className="muted">{t('common.none')}</p>
          )}
        </div>
      ))}
    </TextConflict>
  );
}
