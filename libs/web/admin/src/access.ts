import { useQuery } from 'urql';
import type { AdminAllianceQuery } from '@pakt/web-data';
import { AdminAccessQuery, AdminAllianceQuery as AdminAllianceDocument } from './graphql/queries';
import { isRefused } from './forms/outcome';
import type { AdminAlliance } from './sections/types';

export type AdminState =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly retry: () => void }
  | { readonly status: 'not-found' }
  | { readonly status: 'ready'; readonly alliance: AdminAlliance; readonly reload: () => void };

/**
 * The alliance of the address, when the viewer administers it. Members may read the alliance,
 * so the answer comes from an operation only the secretariat may run (FORBIDDEN or NOT_FOUND for
 * everyone else): the page then looks exactly like an unknown address.
 */
export function useAdministeredAlliance(slug: string): AdminState {
  const [alliance, reexecuteAlliance] = useQuery({ query: AdminAllianceDocument, variables: { slug } });
  const id = alliance.data?.alliance?.id ?? '';
  const [access, reexecuteAccess] = useQuery({ query: AdminAccessQuery, variables: { allianceId: id }, pause: !id });
  const reload = () => reexecuteAlliance({ requestPolicy: 'network-only' });

  if (alliance.error) return { status: 'failed', retry: reload };
  const found: AdminAllianceQuery['alliance'] | undefined = alliance.data?.alliance;
  if (alliance.data && !found) return { status: 'not-found' };
  if (access.error) {
    return isRefused(access.error)
      ? { status: 'not-found' }
      : { status: 'failed', retry: () => reexecuteAccess({ requestPolicy: 'network-only' }) };
  }
  if (!found || !access.data) return { status: 'loading' };
  return { status: 'ready', alliance: found, reload };
}
