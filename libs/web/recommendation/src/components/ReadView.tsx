import { useId } from 'react';
import { Fact, Facts } from '@pakt/web-ui';
import type { Recommendation } from '../content';
import { useRecommendationMessages } from '../messages';
import { useOrganisationKindName } from './organisation-kinds';

/** The content for reading: every field under its name; empty ones say so. */
export function ReadView({ recommendation }: { recommendation: Recommendation }) {
  const { t } = useRecommendationMessages();
  const kindName = useOrganisationKindName();
  const headingId = useId();
  const none = <span className="muted">{t('common.none')}</span>;
  const text = (value: string | null) => (value ? <span className="prose">{value}</span> : none);
  const addressees = [
    ...recommendation.addresseeOrganisations.map((organisation) => organisation.name),
    ...recommendation.addresseeKinds.map((kind) => kindName(kind)),
  ];
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('detail.content')}</h2>
      <Facts>
        <Fact term={t('fields.problem')}>{text(recommendation.problem)}</Fact>
        <Fact term={t('fields.measure')}>{text(recommendation.measure)}</Fact>
        <Fact term={t('fields.addressees')}>
          {addressees.length > 0 ? (
            <ul className="plain-list">
              {addressees.map((name) => (
                <li key={name}>{name}</li>
              ))}
            </ul>
          ) : (
            none
          )}
        </Fact>
        <Fact term={t('fields.expectedEffect')}>{text(recommendation.expectedEffect)}</Fact>
        <Fact term={t('fields.timeFrame')}>{text(recommendation.timeFrame)}</Fact>
        <Fact term={t('fields.costNotes')}>{text(recommendation.costNotes)}</Fact>
        <Fact term={t('fields.citedIndicators')}>
          {recommendation.citedIndicators.length > 0 ? (
            <ul className="plain-list">
              {recommendation.citedIndicators.map((indicator) => (
                <li key={indicator.id}>{indicator.name}</li>
              ))}
            </ul>
          ) : (
            none
          )}
        </Fact>
      </Facts>
    </section>
  );
}
