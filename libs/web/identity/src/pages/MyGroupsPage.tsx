import { useId } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import type { MyGroupsQuery as MyGroupsResult } from '@pakt/web-data';
import { alliancePath } from '@pakt/web-alliance';
import { ErrorAlert, Fact, Facts, LoadingStatus, PageTitle } from '@pakt/web-ui';
import { MyGroupsQuery } from '../graphql/queries';
import { useIdentityMessages } from '../messages';
import { useSignOut } from '../session/use-sign-out';

type Membership = NonNullable<MyGroupsResult['viewer']>['people'][number]['memberships'][number];
interface AllianceGroups {
  readonly alliance: Membership['body']['alliance'];
  readonly memberships: readonly Membership[];
}

/** The viewer's memberships by alliance (alliances by name; the api orders each person's memberships). */
function byAlliance(viewer: NonNullable<MyGroupsResult['viewer']>): AllianceGroups[] {
  const groups = new Map<string, AllianceGroups>();
  for (const membership of viewer.people.flatMap((person) => person.memberships)) {
    const { alliance } = membership.body;
    const group = groups.get(alliance.id) ?? { alliance, memberships: [] };
    groups.set(alliance.id, { alliance, memberships: [...group.memberships, membership] });
  }
  return [...groups.values()].sort((a, b) => a.alliance.name.localeCompare(b.alliance.name, 'de'));
}

/** "Meine Gruppen": where the viewer works, in which role, for which organisation. */
export function MyGroupsPage() {
  const { t } = useIdentityMessages();
  const [{ data, error }, reexecute] = useQuery({ query: MyGroupsQuery });
  const groups = data?.viewer ? byAlliance(data.viewer) : [];

  return (
    <>
      <PageTitle title={t('myGroups.title')} />
      <h1>{t('myGroups.title')}</h1>
      <p className="lead">{t('myGroups.intro')}</p>
      {error ? (
        <ErrorAlert onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : !data ? (
        <LoadingStatus />
      ) : groups.length === 0 ? (
        <p>{t('myGroups.none')}</p>
      ) : (
        groups.map((group) => <AllianceSection key={group.alliance.id} group={group} />)
      )}
      <SignOutEverywhere />
    </>
  );
}

function AllianceSection({ group }: { group: AllianceGroups }) {
  const { t } = useIdentityMessages();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>
        <Link to={alliancePath(group.alliance.slug)}>{group.alliance.name}</Link>
      </h2>
      <ul className="card-grid">
        {group.memberships.map((membership) => (
          <li key={membership.id}>
            <article className="card" aria-labelledby={`${headingId}-${membership.id}`}>
              <h3 id={`${headingId}-${membership.id}`}>{membership.body.name}</h3>
              <Facts>
                <Fact term={t('myGroups.role')}>{t(`roles.${membership.role}`)}</Fact>
                <Fact term={t('myGroups.organisation')}>
                  {membership.organisation?.name ?? <span className="muted">{t('myGroups.noOrganisation')}</span>}
                </Fact>
              </Facts>
            </article>
          </li>
        ))}
      </ul>
    </section>
  );
}

function SignOutEverywhere() {
  const { t } = useIdentityMessages();
  const { signOut, failed } = useSignOut('everywhere');
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('myGroups.everywhere.title')}</h2>
      <p>{t('myGroups.everywhere.text')}</p>
      {failed && (
        <p role="alert" className="alert">
          {t('myGroups.everywhere.failed')}
        </p>
      )}
      <button type="button" className="button" onClick={signOut}>
        {t('myGroups.everywhere.button')}
      </button>
    </section>
  );
}
