import { useMutation, useQuery } from 'urql';
import { MEMBERSHIP_ROLES } from '@pakt/domain';
import { ErrorAlert, LoadingStatus, useFormat, useRoleName } from '@pakt/web-ui';
import { InviteMemberMutation } from '../graphql/mutations';
import { PendingInvitationsQuery } from '../graphql/queries';
import { optional, RecordForm, text, type FieldSpec } from '../forms/RecordForm';
import { useAdminMessages } from '../messages';
import { roleOf } from './MembersSection';
import { Section } from './Section';
import type { SectionProps } from './types';

/** Invite a person by e-mail into a body with a role. */
export function InviteSection({ alliance }: SectionProps) {
  const { t } = useAdminMessages();
  const roleName = useRoleName();
  const [, invite] = useMutation(InviteMemberMutation);
  const fields: FieldSpec[] = [
    { name: 'displayName', label: t('invite.displayName'), kind: 'text', required: true },
    { name: 'email', label: t('invite.email'), kind: 'email', required: true },
    { name: 'bodyId', label: t('invite.body'), kind: 'select', options: alliance.bodies.map((body) => ({ value: body.id, label: body.name })) },
    { name: 'role', label: t('invite.role'), kind: 'select', options: MEMBERSHIP_ROLES.map((role) => ({ value: role, label: roleName(role) })) },
    {
      name: 'organisationId',
      label: t('invite.organisation'),
      kind: 'select',
      emptyOption: t('form.none'),
      options: alliance.organisations.map((organisation) => ({ value: organisation.id, label: organisation.name })),
    },
  ];
  return (
    <Section id="invite" title={t('invite.title')}>
      <p>{t('invite.intro')}</p>
      <RecordForm
        fields={fields}
        initial={{ displayName: '', email: '', bodyId: alliance.bodies[0]?.id ?? '', role: 'MEMBER', organisationId: '' }}
        submitLabel={t('invite.submit')}
        successMessage={t('invite.sent')}
        resetOnSuccess
        onSubmit={async (values) =>
          (
            await invite({
              input: {
                displayName: text(values, 'displayName'),
                email: text(values, 'email'),
                bodyId: text(values, 'bodyId'),
                role: roleOf(values),
                organisationId: optional(values, 'organisationId'),
              },
            })
          ).error
        }
      />
    </Section>
  );
}

export function InvitationsSection({ alliance }: SectionProps) {
  const { t } = useAdminMessages();
  const roleName = useRoleName();
  const format = useFormat();
  const [{ data, error }, reexecute] = useQuery({ query: PendingInvitationsQuery, variables: { allianceId: alliance.id } });
  return (
    <Section id="invitations" title={t('invitations.title')}>
      {error ? (
        <ErrorAlert onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : !data ? (
        <LoadingStatus />
      ) : data.invitations.length === 0 ? (
        <p className="muted">{t('invitations.none')}</p>
      ) : (
        <table className="admin-table">
          <caption className="visually-hidden">
            {t('invitations.title')}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('invitations.name')}</th>
              <th scope="col">{t('invitations.email')}</th>
              <th scope="col">{t('invitations.body')}</th>
              <th scope="col">{t('invitations.role')}</th>
              <th scope="col">{t('invitations.expiresAt')}</th>
            </tr>
          </thead>
          <tbody>
            {data.invitations.map((invitation) => (
              <tr key={invitation.id}>
                <td>{invitation.displayName}</td>
                <td>{invitation.email}</td>
                <td>{invitation.body.name}</td>
                <td>{roleName(invitation.role)}</td>
                <td>{format.dateTime(invitation.expiresAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Section>
  );
}
