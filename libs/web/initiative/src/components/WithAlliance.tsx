import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import type { InitiativeAllianceQuery as AllianceResult } from '@pakt/web-data';
import { ErrorAlert, LoadingStatus, NotFound, type SelectOption } from '@pakt/web-ui';
import { InitiativeAllianceQuery } from '../graphql/queries';

export type InitiativeAlliance = NonNullable<AllianceResult['alliance']>;

/** The alliance of the route (:slug) for the initiative pages; "not found" outside one's alliances. */
export function WithAlliance({ children }: { children: (alliance: InitiativeAlliance) => ReactNode }) {
  const { slug = '' } = useParams();
  const [{ data, error }, reexecute] = useQuery({ query: InitiativeAllianceQuery, variables: { slug }, requestPolicy: 'cache-and-network' });
  if (error && !data) return <ErrorAlert onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!data) return <LoadingStatus />;
  if (!data.alliance) return <NotFound />;
  return <>{children(data.alliance)}</>;
}

/** The register in full (milestones, reports, the dashboard's links): everyone who works in a body. */
export function readsRegister(alliance: InitiativeAlliance): boolean {
  return alliance.viewerPermissions.includes('initiative.read');
}

/** The secretariat keeps the register: creates, imports, runs rounds, reads the dashboard, publishes. */
export function managesRegister(alliance: InitiativeAlliance): boolean {
  return alliance.viewerPermissions.includes('initiative.manage');
}

/** The alliance's choices for selects and checkboxes. */
export function choicesOf(alliance: InitiativeAlliance): { organisations: SelectOption[]; actionFields: SelectOption[]; regions: SelectOption[] } {
  return {
    organisations: alliance.organisations.map((organisation) => ({
      value: organisation.id,
      label: organisation.shortName ? `${organisation.name} (${organisation.shortName})` : organisation.name,
    })),
    actionFields: alliance.actionFields.map((field) => ({ value: field.id, label: field.title })),
    regions: alliance.regions.map((region) => ({ value: region.id, label: region.name })),
  };
}
