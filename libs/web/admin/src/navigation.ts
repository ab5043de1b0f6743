import { useEffect, useState } from 'react';
import { useClient, useQuery } from 'urql';
import type { NavItem } from '@pakt/web-ui';
import { isRefused } from './forms/outcome';
import { AdminAccessQuery, AdminAlliancesQuery } from './graphql/queries';
import { useAdminMessages } from './messages';
import { adminPath } from './paths';

interface Administered {
  readonly slug: string;
  readonly name: string;
}

/**
 * "Verwaltung" for each alliance the viewer administers, nothing for anyone else. The api has no
 * field for the viewer's alliance roles, so each of the viewer's alliances is asked an operation
 * only its secretariat may run; `signedIn` keeps visitors from asking at all.
 */
export function useAdminNavigation(signedIn: boolean): readonly NavItem[] {
  const { t } = useAdminMessages();
  const client = useClient();
  const [{ data }] = useQuery({ query: AdminAlliancesQuery, pause: !signedIn });
  const [administered, setAdministered] = useState<readonly Administered[]>([]);

  useEffect(() => {
    const alliances = signedIn ? (data?.alliances ?? []) : [];
    let current = true;
    void Promise.all(
      alliances.map(async (alliance) => {
        const { data: access, error } = await client.query(AdminAccessQuery, { allianceId: alliance.id }).toPromise();
        return access && !isRefused(error) ? [{ slug: alliance.slug, name: alliance.shortName ?? alliance.name }] : [];
      }),
    ).then((answers) => {
      if (current) setAdministered(answers.flat());
    });
    return () => {
      current = false;
    };
  }, [client, data, signedIn]);

  return administered.map((alliance) => ({
    to: adminPath(alliance.slug),
    label: administered.length === 1 ? t('navigation.admin') : t('navigation.adminOf', { name: alliance.name }),
  }));
}
