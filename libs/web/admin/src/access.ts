import { useQuery } from 'urql';
import { AdminAllianceQuery } from './graphql/queries';
import type { AdminAlliance } from './sections/types';

export type AdminState =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly retry: () => void }
  | { readonly status: 'not-found' }
  | { readonly status: 'ready'; readonly alliance: AdminAlliance; readonly reload: () => void };

/** Whether the viewer may administer an alliance, as the api reports their permissions in it. */
export function administers(alliance: { readonly viewerPermissions: readonly string[] }): boolean {
  return alliance.viewerPermissions.includes('alliance.administer');
}

/**
 * The alliance of the address, when the viewer administers it. For everyone else the page looks
 * exactly like an unknown address.
 */
export function useAdministeredAlliance(slug: string): AdminState {
  const [alliance, reexecute] = useQuery({ query: AdminAllianceQuery, variables: { slug } });
  const reload = () => reexecute({ requestPolicy: 'network-only' });

  if (alliance.error) return { status: 'failed', retry: reload };
  if (!alliance.data) return { status: 'loading' };
  const found = alliance.data.alliance;
  if (!found || !administers(found)) return { status: 'not-found' };
  return { status: 'ready', alliance: found, reload };
}
