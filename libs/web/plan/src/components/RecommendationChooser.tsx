import { useId } from 'react';
import type { PlanRecommendationFieldsFragment } from '@pakt/web-data';
import { usePlanMessages } from '../messages';
import { ReorderList } from './ReorderList';

interface ActionFieldRef {
  readonly id: string;
  readonly title: string;
}

interface RecommendationChooserProps {
  readonly actionFields: readonly ActionFieldRef[];
  /** The plan's recommendations in order. */
  readonly chosenIds: readonly string[];
  /** The approved and adopted recommendations the plan may take. */
  readonly candidates: readonly PlanRecommendationFieldsFragment[];
  readonly byId: ReadonlyMap<string, PlanRecommendationFieldsFragment>;
  readonly onAdd: (id: string) => void;
  readonly onRemove: (id: string) => void;
  readonly onMove: (id: string, delta: -1 | 1) => void;
  readonly register: (key: string) => (element: HTMLElement | null) => void;
}

/** Per action field: the recommendations in the plan (ordered, removable) and those still to choose. */
export function RecommendationChooser({ actionFields, chosenIds, candidates, byId, onAdd, onRemove, onMove, register }: RecommendationChooserProps) {
  const { t } = usePlanMessages();
  const baseId = useId();
  const chosen = chosenIds.flatMap((id) => byId.get(id) ?? []);
  // Action fields in the alliance's order; one that is no longer listed still shows its recommendations.
  const fields = [...actionFields];
  for (const recommendation of [...chosen, ...candidates]) {
    if (!fields.some((field) => field.id === recommendation.actionField.id)) fields.push(recommendation.actionField);
  }
  const used = fields.filter((field) => [...chosen, ...candidates].some((recommendation) => recommendation.actionField.id === field.id));
  if (used.length === 0) return <p className="muted">{t('builder.noCandidates')}</p>;

  return (
    <>
      {used.map((field) => {
        const inPlan = chosen.filter((recommendation) => recommendation.actionField.id === field.id);
        const available = candidates.filter((recommendation) => recommendation.actionField.id === field.id && !chosenIds.includes(recommendation.id));
        const headingId = `${baseId}-${field.id}`;
        return (
          <section key={field.id} aria-labelledby={headingId} className="plan-chooser">
            <h3 id={headingId}>{field.title}</h3>
            <h4>{t('builder.chosen', { count: inPlan.length })}</h4>
            {inPlan.length === 0 ? (
              <p className="muted">{t('builder.noneChosen')}</p>
            ) : (
              <ReorderList
                label={`${field.title}: ${t('builder.chosen', { count: inPlan.length })}`}
                items={inPlan.map((recommendation) => ({ id: recommendation.id, title: recommendation.title, detail: recommendation.focusGroup.name }))}
                onMove={onMove}
                onRemove={onRemove}
                register={register}
              />
            )}
            <h4>{t('builder.available', { count: available.length })}</h4>
            {available.length === 0 ? (
              <p className="muted">{t('builder.noneAvailable')}</p>
            ) : (
              <ul className="plan-reorder" aria-label={`${field.title}: ${t('builder.available', { count: available.length })}`}>
                {available.map((recommendation) => (
                  <li key={recommendation.id} className="plan-reorder__item">
                    <span className="plan-reorder__title">
                      {recommendation.title}
                      <span className="muted"> – {recommendation.focusGroup.name}</span>
                    </span>
                    <span className="plan-reorder__buttons">
                      <button
                        ref={register(`add:${recommendation.id}`)}
                        type="button"
                        className="button button--secondary"
                        aria-label={t('builder.addNamed', { title: recommendation.title })}
                        onClick={() => onAdd(recommendation.id)}
                      >
                        {t('builder.add')}
                      </button>
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </>
  );
}
