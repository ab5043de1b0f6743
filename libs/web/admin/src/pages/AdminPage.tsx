import { Link, useParams } from 'react-router';
import { ErrorAlert, LoadingStatus, NotFound, PageTitle } from '@pakt/web-ui';
import { alliancePath } from '@pakt/web-alliance';
import { useAdministeredAlliance } from '../access';
import { useAdminMessages } from '../messages';
import { auditPath } from '../paths';
import { ActionFieldsSection } from '../sections/ActionFieldsSection';
import { AllianceDetailsSection } from '../sections/AllianceDetailsSection';
import { BodiesSection } from '../sections/BodiesSection';
import { InvitationsSection, InviteSection } from '../sections/InvitationsSection';
import { MembersSection } from '../sections/MembersSection';
import { OrganisationsSection } from '../sections/OrganisationsSection';
import { RegionsSection } from '../sections/RegionsSection';

/** /alliances/:slug/admin — the secretariat's page; everyone else sees "not found". */
export function AdminPage() {
  const { slug = '' } = useParams();
  const { t } = useAdminMessages();
  const state = useAdministeredAlliance(slug);

  if (state.status === 'loading') return <LoadingStatus />;
  if (state.status === 'failed') return <ErrorAlert onRetry={state.retry} />;
  if (state.status === 'not-found') return <NotFound />;
  const { alliance, reload } = state;
  const sections = [
    { id: 'details', label: t('details.title') },
    { id: 'bodies', label: t('bodies.title') },
    { id: 'action-fields', label: t('actionFields.title') },
    { id: 'organisations', label: t('organisations.title') },
    { id: 'regions', label: t('regions.title') },
    { id: 'members', label: t('members.title') },
    { id: 'invite', label: t('invite.title') },
    { id: 'invitations', label: t('invitations.title') },
  ];
  const props = { alliance, reload };

  return (
    <>
      <PageTitle title={t('page.titleOf', { name: alliance.name })} />
      <Link to={alliancePath(alliance.slug)} className="back-link">
        {t('page.toOverview')}
      </Link>
      <h1>{t('page.titleOf', { name: alliance.name })}</h1>
      <p className="lead">{t('page.intro')}</p>
      <nav aria-label={t('page.sections')} className="section-nav">
        <ul>
          {sections.map((section) => (
            <li key={section.id}>
              <a href={`#${section.id}`}>{section.label}</a>
            </li>
          ))}
          <li>
            <Link to={auditPath(alliance.slug)}>{t('page.toAudit')}</Link>
          </li>
        </ul>
      </nav>
      <AllianceDetailsSection {...props} />
      <BodiesSection {...props} />
      <ActionFieldsSection {...props} />
      <OrganisationsSection {...props} />
      <RegionsSection {...props} />
      <MembersSection {...props} />
      <InviteSection {...props} />
      <InvitationsSection {...props} />
    </>
  );
}
