import { useAllianceMessages } from '../messages';

export interface Office {
  readonly person: { readonly displayName: string };
  readonly organisation: { readonly name: string } | null;
}

/** Who holds a role and for which organisation; says so plainly when nobody does. */
export function PersonInOffice({ office }: { office: Office | null }) {
  const { t } = useAllianceMessages();
  if (!office) return <span className="muted">{t('overview.vacant')}</span>;
  return (
    <>
      <span className="person">{office.person.displayName}</span>
      {office.organisation && (
        <>
          <br />
          <span className="muted">{office.organisation.name}</span>
        </>
      )}
    </>
  );
}
