import { Link } from 'react-router';
import type { PlanRecommendationFieldsFragment } from '@pakt/web-data';
import { allianceMessages } from '@pakt/web-alliance';
import { recommendationPath } from '@pakt/web-recommendation';
import { createTranslationHook, Fact, Facts } from '@pakt/web-ui';
import { usePlanMessages } from '../messages';

// The kinds of organisation are named as on the alliance overview.
const useKindNames = createTranslationHook(allianceMessages);

/** Whom a recommendation addresses: the named organisations, then the kinds of organisation. */
export function useAddressees(): (recommendation: PlanRecommendationFieldsFragment) => string {
  const { t } = usePlanMessages();
  const kinds = useKindNames();
  return (recommendation) =>
    [
      ...recommendation.addresseeOrganisations.map((organisation) => organisation.name),
      ...recommendation.addresseeKinds.map((kind) => kinds.t(`organisationKinds.${kind}`)),
    ].join(', ') || t('common.none');
}

/**
 * One recommendation as the plan shows it, with its provenance: the focus group it comes from,
 * and a link to the recommendation with its history.
 */
export function RecommendationEntry({ slug, recommendation }: { slug: string; recommendation: PlanRecommendationFieldsFragment }) {
  const { t } = usePlanMessages();
  const addressees = useAddressees();
  return (
    <article className="plan-recommendation" aria-labelledby={`recommendation-${recommendation.id}`}>
      <h4 id={`recommendation-${recommendation.id}`}>{recommendation.title}</h4>
      <p className="plan-text">{recommendation.measure}</p>
      <Facts>
        <Fact term={t('version.focusGroup')}>{recommendation.focusGroup.name}</Fact>
        <Fact term={t('version.addressees')}>{addressees(recommendation)}</Fact>
        <Fact term={t('version.timeFrame')}>{recommendation.timeFrame || t('common.none')}</Fact>
        <Fact term={t('version.expectedEffect')}>{recommendation.expectedEffect || t('common.none')}</Fact>
      </Facts>
      <p>
        <Link to={recommendationPath(slug, recommendation.id)}>{t('version.toRecommendation', { title: recommendation.title })}</Link>
      </p>
    </article>
  );
}
