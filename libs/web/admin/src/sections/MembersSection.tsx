import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { MEMBERSHIP_ROLES, type MembershipRole, REPRESENTATIONS, type Representation } from '@pakt/domain';
import type { PeopleQuery as PeopleResult } from '@pakt/web-data';
import { ConfirmDialog, ErrorAlert, Fact, Facts, LoadingStatus, StatusNotice, TextField, useFormat, useRoleName } from '@pakt/web-ui';
import {
  AddMembershipMutation,
  AnonymisePersonMutation,
  ChangeMembershipMutation,
  DeactivatePersonMutation,
  EndMembershipMutation,
} from '../graphql/mutations';
import { PeopleQuery } from '../graphql/queries';
import { optional, RecordForm, text, type FieldSpec, type FormValues } from '../forms/RecordForm';
import { useAdminMessages } from '../messages';
import { Folded, Section } from './Section';
import type { AdminAlliance, SectionProps } from './types';

const PAGE_SIZE = 25;

type Person = PeopleResult['people']['edges'][number]['node'];
type Membership = Person['memberships'][number];

/** Whether the member casts their organisation's vote in ballots by organisation (null: no). */
function representationOf(values: FormValues): Representation | null {
  const representation = text(values, 'representation');
  return REPRESENTATIONS.find((known) => known === representation) ?? null;
}

/** The field naming who casts an organisation's vote in the body (issue 6: ballots by organisation). */
function useRepresentationField(): FieldSpec {
  const { t } = useAdminMessages();
  return {
    name: 'representation',
    label: t('members.representation'),
    hint: t('members.representationHint'),
    kind: 'select',
    emptyOption: t('members.noRepresentation'),
    options: REPRESENTATIONS.map((representation) => ({ value: representation, label: t(`members.representations.${representation}`) })),
  };
}

export function roleOf(values: FormValues): MembershipRole {
  const role = text(values, 'role');
  return MEMBERSHIP_ROLES.find((known) => known === role) ?? 'MEMBER';
}

/** The people of the alliance, searched by name, a page at a time ("load more"). */
export function MembersSection({ alliance }: SectionProps) {
  const { t } = useAdminMessages();
  const searchId = useId();
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  // One entry per page shown: the cursor it starts after (null = the first page).
  const [pages, setPages] = useState<(string | null)[]>([null]);
  // Said here, not in the person's record: a renamed (anonymised) person moves to another page.
  const [notice, setNotice] = useState<string | null>(null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSearch(typed.trim());
    setPages([null]);
  };

  return (
    <Section id="members" title={t('members.title')}>
      <form role="search" className="form actions" onSubmit={submit}>
        <TextField id={searchId} label={t('members.search')} type="text" name="search" autoComplete="off" required={false} value={typed} onChange={setTyped} error={null} />
        <button type="submit" className="button">
          {t('members.searchSubmit')}
        </button>
      </form>
      <StatusNotice message={notice} />
      {pages.map((after, index) => (
        <PeoplePage
          key={`${search}:${after ?? ''}`}
          alliance={alliance}
          search={search}
          after={after}
          first={index === 0}
          last={index === pages.length - 1}
          onMore={(cursor) => setPages((current) => [...current, cursor])}
          onNotice={setNotice}
        />
      ))}
    </Section>
  );
}

interface PeoplePageProps {
  readonly alliance: AdminAlliance;
  readonly search: string;
  readonly after: string | null;
  readonly first: boolean;
  readonly last: boolean;
  readonly onMore: (cursor: string) => void;
  readonly onNotice: (message: string | null) => void;
}

function PeoplePage({ alliance, search, after, first, last, onMore, onNotice }: PeoplePageProps) {
  const { t } = useAdminMessages();
  const [{ data, error }, reexecute] = useQuery({
    query: PeopleQuery,
    variables: { allianceId: alliance.id, search: search || null, first: PAGE_SIZE, after },
  });
  const list = useRef<HTMLUListElement>(null);
  const loaded = Boolean(data);
  // "Load more" hands the keyboard on to what it loaded (the button itself goes away).
  useEffect(() => {
    if (!first && loaded) list.current?.focus();
  }, [first, loaded]);
  if (error) return <ErrorAlert onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!data) return <LoadingStatus />;
  const { edges, pageInfo, totalCount } = data.people;
  return (
    <>
      {first && <p role="status">{totalCount === 0 ? t('members.none') : t('members.count', { count: totalCount })}</p>}
      <ul ref={list} tabIndex={-1} className="plain-list" aria-label={t('members.title')}>
        {edges.map(({ node }) => (
          <li key={node.id}>
            <PersonRecord person={node} alliance={alliance} onNotice={onNotice} />
          </li>
        ))}
      </ul>
      {last && pageInfo.hasNextPage && pageInfo.endCursor && (
        <button type="button" className="button button--secondary" onClick={() => onMore(pageInfo.endCursor ?? '')}>
          {t('members.loadMore')}
        </button>
      )}
    </>
  );
}

interface PersonRecordProps {
  readonly person: Person;
  readonly alliance: AdminAlliance;
  readonly onNotice: (message: string | null) => void;
}

function PersonRecord({ person, alliance, onNotice }: PersonRecordProps) {
  const { t } = useAdminMessages();
  const roleName = useRoleName();
  const [failed, setFailed] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [, deactivate] = useMutation(DeactivatePersonMutation);
  const [, anonymise] = useMutation(AnonymisePersonMutation);
  const [, add] = useMutation(AddMembershipMutation);
  const headingId = useId();
  const representationField = useRepresentationField();

  const run = async (action: () => Promise<{ error?: unknown }>, success: string) => {
    onNotice(null);
    const { error } = await action();
    setFailed(Boolean(error));
    if (!error) onNotice(success);
  };

  const addFields: FieldSpec[] = [
    { name: 'bodyId', label: t('members.body'), kind: 'select', options: alliance.bodies.map((body) => ({ value: body.id, label: body.name })) },
    { name: 'role', label: t('members.role'), kind: 'select', options: MEMBERSHIP_ROLES.map((role) => ({ value: role, label: roleName(role) })) },
    {
      name: 'organisationId',
      label: t('members.organisation'),
      kind: 'select',
      emptyOption: t('form.none'),
      options: alliance.organisations.map((organisation) => ({ value: organisation.id, label: organisation.name })),
    },
    representationField,
  ];

  return (
    <Folded name={person.active ? person.displayName : `${person.displayName} (${t('members.inactive')})`}>
      <article aria-labelledby={headingId}>
        <h3 id={headingId} className="visually-hidden">
          {person.displayName}
        </h3>
        <Facts>
          <Fact term={t('members.email')}>{person.email ?? <span className="muted">{t('members.noEmail')}</span>}</Fact>
          <Fact term={t('members.status')}>{t(person.active ? 'members.active' : 'members.inactive')}</Fact>
        </Facts>
        <h4>{t('members.memberships')}</h4>
        {person.memberships.length === 0 ? (
          <p className="muted">{t('members.noMemberships')}</p>
        ) : (
          <ul className="plain-list">
            {person.memberships.map((membership) => (
              <li key={membership.id}>
                <MembershipRecord membership={membership} />
              </li>
            ))}
          </ul>
        )}
        <Folded name={t('members.add')}>
          <RecordForm
            fields={addFields}
            initial={{ bodyId: alliance.bodies[0]?.id ?? '', role: 'MEMBER', organisationId: '', representation: '' }}
            submitLabel={t('members.addSubmit')}
            successMessage={t('members.added')}
            resetOnSuccess
            onSubmit={async (values) =>
              (
                await add({
                  input: {
                    personId: person.id,
                    bodyId: text(values, 'bodyId'),
                    role: roleOf(values),
                    organisationId: optional(values, 'organisationId'),
                    representation: representationOf(values),
                  },
                })
              ).error
            }
          />
        </Folded>
        <div className="actions">
          {person.active && (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => void run(() => deactivate({ personId: person.id }), t('members.deactivated', { name: person.displayName }))}
            >
              {t('members.deactivate')}
            </button>
          )}
          <button type="button" className="button button--danger" onClick={() => setConfirming(true)}>
            {t('members.anonymise')}
          </button>
        </div>
        {failed && (
          <p role="alert" className="alert">
            {t('members.actionFailed')}
          </p>
        )}
        <ConfirmDialog
          open={confirming}
          title={t('members.confirmTitle', { name: person.displayName })}
          confirmLabel={t('members.confirm')}
          cancelLabel={t('members.cancel')}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            void run(() => anonymise({ personId: person.id }), t('members.anonymised'));
          }}
        >
          <p>{t('members.confirmText')}</p>
        </ConfirmDialog>
      </article>
    </Folded>
  );
}

/** One membership: its role can change, and it can end (today). */
function MembershipRecord({ membership }: { membership: Membership }) {
  const { t } = useAdminMessages();
  const roleName = useRoleName();
  const format = useFormat();
  const [, change] = useMutation(ChangeMembershipMutation);
  const [, end] = useMutation(EndMembershipMutation);
  const [notice, setNotice] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const representationField = useRepresentationField();
  const roleFields: FieldSpec[] = [
    { name: 'role', label: t('members.role'), kind: 'select', options: MEMBERSHIP_ROLES.map((role) => ({ value: role, label: roleName(role) })) },
    // Only a member who represents an organisation can cast its vote.
    ...(membership.organisation ? [representationField] : []),
  ];
  const title = [
    membership.body.name,
    roleName(membership.role),
    membership.organisation?.name,
    membership.representation ? t(`members.representations.${membership.representation}`) : null,
    t('members.since', { date: format.date(membership.since) }),
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <div className="record">
      <p>{title}</p>
      <Folded name={t('members.changeRole')}>
        <RecordForm
          fields={roleFields}
          initial={{ role: membership.role, representation: membership.representation ?? '' }}
          submitLabel={t('form.save')}
          successMessage={t('members.roleChanged')}
          onSubmit={async (values) => (
              await change({
                input: {
                  id: membership.id,
                  version: membership.version,
                  role: roleOf(values),
                  ...(membership.organisation ? { representation: representationOf(values) } : {}),
                },
              })
            ).error}
        />
      </Folded>
      <div className="actions">
        <button
          type="button"
          className="button button--secondary"
          onClick={() =>
            void (async () => {
              const { error } = await end({ input: { id: membership.id, version: membership.version } });
              setFailed(Boolean(error));
              setNotice(error ? null : t('members.ended'));
            })()
          }
        >
          {t('members.end')}
        </button>
      </div>
      {failed && (
        <p role="alert" className="alert">
          {t('members.actionFailed')}
        </p>
      )}
      <StatusNotice message={notice} />
    </div>
  );
}
