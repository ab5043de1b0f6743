import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import type { InitiativeDetailQuery as DetailResult } from '@pakt/web-data';
import { ErrorAlert, LoadingStatus, NotFound } from '@pakt/web-ui';
import { InitiativeDetailQuery } from '../graphql/queries';
import type { InitiativeAlliance } from './WithAlliance';

export type InitiativeDetail = NonNullable<DetailResult['initiative']>;

// urql's document cache refetches a query when a mutation answers with a type the query's answer
// holds; a first milestone, report or indicator is of a type the answer did not hold yet.
const DETAIL_CONTEXT = { additionalTypenames: ['InitiativeMilestone', 'InitiativeProgressReport', 'InitiativeIndicator', 'InitiativeStatusChange'] };

/** The initiative of the route (:id), when it belongs to the route's alliance; "not found" otherwise. */
export function WithInitiative({ alliance, children }: { alliance: InitiativeAlliance; children: (initiative: InitiativeDetail) => ReactNode }) {
  const { id = '' } = useParams();
  const [{ data, error }, reexecute] = useQuery({ query: InitiativeDetailQuery, variables: { id }, requestPolicy: 'cache-and-network', context: DETAIL_CONTEXT });
  if (error && !data) return <ErrorAlert onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!data) return <LoadingStatus />;
  const initiative = data.initiative;
  // Its lead organisation is one of the alliance's: an initiative is shown only under its own alliance's address.
  if (!initiative || !alliance.organisations.some((organisation) => organisation.id === initiative.leadOrganisation.id)) return <NotFound />;
  return <>{children(initiative)}</>;
}
