import { alliancePath, useAllianceOfRoute } from '@pakt/web-alliance';
import { ballotsPath } from '@pakt/web-decisions';
import { declarationsPath } from '@pakt/web-declaration';
import { indicatorsPath } from '@pakt/web-indicator';
import { initiativesPath, publishedInitiativesPath } from '@pakt/web-initiative';
import { planPath } from '@pakt/web-plan';
import { recommendationsPath, reviewQueuePath } from '@pakt/web-recommendation';
import { searchPath } from '@pakt/web-search';
import { type SectionNavigation, useCommonMessages } from '@pakt/web-ui';

/** The areas of the alliance whose pages are open; the review queue only for those who review. */
export function useAllianceNavigation(): SectionNavigation | null {
  const { t } = useCommonMessages();
  const alliance = useAllianceOfRoute();
  if (!alliance) return null;
  const { slug } = alliance;
  return {
    label: t('navigation.allianceSection', { name: alliance.shortName ?? alliance.name }),
    items: [
      { to: alliancePath(slug), label: t('navigation.overview'), end: true },
      { to: recommendationsPath(slug), label: t('navigation.recommendations') },
      ...(alliance.viewerPermissions.includes('recommendation.review') ? [{ to: reviewQueuePath(slug), label: t('navigation.review') }] : []),
      { to: planPath(slug), label: t('navigation.plan') },
      { to: indicatorsPath(slug), label: t('navigation.indicators') },
      // The register in full for those who work in a body; observers read the published list.
      { to: alliance.viewerPermissions.includes('initiative.read') ? initiativesPath(slug) : publishedInitiativesPath(slug), label: t('navigation.initiatives') },
      { to: searchPath(slug), label: t('navigation.search') },
      { to: ballotsPath(slug), label: t('navigation.ballots') },
      { to: declarationsPath(slug), label: t('navigation.declarations') },
    ],
  };
}
