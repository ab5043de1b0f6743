import { useId } from 'react';
import { ORGANISATION_KINDS, type OrganisationKind } from '@pakt/domain';
import { useAllianceMessages } from '../messages';

export interface PartnerOrganisation {
  readonly id: string;
  readonly name: string;
  readonly shortName: string | null;
  readonly kind: OrganisationKind;
}

/** The alliance's partners grouped by kind, kinds in the order the domain defines. */
export function OrganisationsSection({ organisations }: { organisations: readonly PartnerOrganisation[] }) {
  const { t } = useAllianceMessages();
  const headingId = useId();
  const groups = ORGANISATION_KINDS.map((kind) => ({
    kind,
    members: organisations.filter((organisation) => organisation.kind === kind),
  })).filter((group) => group.members.length > 0);

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('overview.organisations')}</h2>
      {groups.length === 0 ? (
        <p className="muted">{t('overview.noOrganisations')}</p>
      ) : (
        <>
          <p>{t('overview.organisationCount', { count: organisations.length })}</p>
          <div className="card-grid">
            {groups.map((group) => (
              <KindGroup key={group.kind} kind={group.kind} members={group.members} />
            ))}
          </div>
        </>
      )}
    </section>
  );
}

function KindGroup({ kind, members }: { kind: OrganisationKind; members: readonly PartnerOrganisation[] }) {
  const { t } = useAllianceMessages();
  const headingId = useId();
  return (
    <div className="card">
      <h3 id={headingId}>{t(`organisationKinds.${kind}`)}</h3>
      <ul aria-labelledby={headingId}>
        {members.map((organisation) => (
          <li key={organisation.id}>{displayName(organisation)}</li>
        ))}
      </ul>
    </div>
  );
}

function displayName(organisation: PartnerOrganisation): string {
  const { name, shortName } = organisation;
  return shortName && !name.includes(shortName) ? `${name} (${shortName})` : name;
}
