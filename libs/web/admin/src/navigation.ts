import { useQuery } from 'urql';
import type { NavItem } from '@pakt/web-ui';
import { administers } from './access';
import { AdminAlliancesQuery } from './graphql/queries';
import { useAdminMessages } from './messages';
import { adminPath } from './paths';

/** "Verwaltung" for each alliance the viewer administers, nothing for anyone else; visitors ask nothing. */
export function useAdminNavigation(signedIn: boolean): readonly NavItem[] {
  const { t } = useAdminMessages();
  const [{ data }] = useQuery({ query: AdminAlliancesQuery, pause: !signedIn });
  const administered = signedIn ? (data?.alliances ?? []).filter(administers) : [];
  return administered.map((alliance) => ({
    to: adminPath(alliance.slug),
    label: administered.length === 1 ? t('navigation.admin') : t('navigation.adminOf', { name: alliance.shortName ?? alliance.name }),
  }));
}
