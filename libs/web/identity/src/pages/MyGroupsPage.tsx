import { useId, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { useClient, useQuery } from 'urql';
import type { MyGroupsQuery as MyGroupsResult } from '@pakt/web-data';
import { alliancePath } from '@pakt/web-alliance';
import { ErrorAlert, Fact, Facts, LoadingStatus, PageTitle, useRoleName } from '@pakt/web-ui';
import { MyGroupsQuery, MyPersonalDataQuery } from '../graphql/queries';
import { useIdentityMessages } from '../messages';
import { useSignOut } from '../session/use-sign-out';
import type { MyGroupsPageState } from '../session/welcome';

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
  const welcome = (useLocation().state as MyGroupsPageState | null)?.welcome;

  return (
    <>
      <PageTitle title={t('myGroups.title')} />
      <h1>{t('myGroups.title')}</h1>
      {welcome && (
        <p role="status" className="notice">
          {t(`welcome.${welcome}`)}
        </p>
      )}
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
      <MyData />
      <SignOutEverywhere />
    </>
  );
}

function AllianceSection({ group }: { group: AllianceGroups }) {
  const { t } = useIdentityMessages();
  const roleName = useRoleName();
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
                <Fact term={t('myGroups.role')}>{roleName(membership.role)}</Fact>
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

type DownloadState = 'idle' | 'preparing' | { readonly file: string } | 'failed';

/** GDPR, Art. 15 and 20: everything stored about the viewer, as a JSON file of their own. */
function MyData() {
  const { t } = useIdentityMessages();
  const client = useClient();
  const [state, setState] = useState<DownloadState>('idle');
  const headingId = useId();

  const download = async () => {
    if (state === 'preparing') return;
    setState('preparing');
    // Always fresh from the server: the file must show what is stored now.
    const { data, error } = await client.query(MyPersonalDataQuery, {}, { requestPolicy: 'network-only' }).toPromise();
    if (error || !data) {
      setState('failed');
      return;
    }
    const file = `pakt-daten-${new Date().toISOString().slice(0, 10)}.json`;
    saveFile(file, data.myPersonalData);
    setState({ file });
  };

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('myGroups.myData.title')}</h2>
      <p>{t('myGroups.myData.text')}</p>
      {state === 'failed' && (
        <p role="alert" className="alert">
          {t('myGroups.myData.failed')}
        </p>
      )}
      <button type="button" className="button" onClick={() => void download()}>
        {t('myGroups.myData.button')}
      </button>
      <p role="status" className="status">
        {state === 'preparing'
          ? t('myGroups.myData.preparing')
          : typeof state === 'object'
            ? t('myGroups.myData.done', { file: state.file })
            : null}
      </p>
    </section>
  );
}

/** Hands a text to the browser as a file download. */
function saveFile(name: string, json: string): void {
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // The download has taken its copy once the click is handled; the next task may free it.
  setTimeout(() => URL.revokeObjectURL(url));
}
