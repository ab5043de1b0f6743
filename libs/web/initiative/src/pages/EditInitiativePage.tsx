import { Link, useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { LoadingStatus, NotFound, PageTitle } from '@pakt/web-ui';
import { InitiativeForm } from '../components/InitiativeForm';
import { inputOf, type InitiativeValues } from '../components/initiative-values';
import { WithAlliance, type InitiativeAlliance } from '../components/WithAlliance';
import { WithInitiative, type InitiativeDetail } from '../components/WithInitiative';
import { UpdateInitiativeMutation } from '../graphql/mutations';
import { useInitiativeMessages } from '../messages';
import { initiativePath } from '../paths';
import { useInitiativeChoices } from './NewInitiativePage';

/** /alliances/:slug/initiatives/:id/edit — the secretariat and the lead's representatives change the content. */
export function EditInitiativePage() {
  return (
    <WithAlliance>
      {(alliance) => (
        <WithInitiative alliance={alliance}>
          {(initiative) => (initiative.viewerMayEdit ? <EditInitiative alliance={alliance} initiative={initiative} /> : <NotFound />)}
        </WithInitiative>
      )}
    </WithAlliance>
  );
}

function EditInitiative({ alliance, initiative }: { alliance: InitiativeAlliance; initiative: InitiativeDetail }) {
  const { t } = useInitiativeMessages();
  const navigate = useNavigate();
  const [, update] = useMutation(UpdateInitiativeMutation);
  const choices = useInitiativeChoices(alliance);
  if (choices === null) return <LoadingStatus />;
  const initial: InitiativeValues = {
    name: initiative.name,
    description: initiative.description,
    kind: initiative.kind,
    leadOrganisationId: initiative.leadOrganisation.id,
    partnerOrganisationIds: initiative.partnerOrganisations.map((organisation) => organisation.id),
    actionFieldIds: initiative.actionFields.map((field) => field.id),
    recommendationIds: initiative.recommendations.map((recommendation) => recommendation.id),
    regionIds: initiative.regions.map((region) => region.id),
    targetGroups: initiative.targetGroups.join('\n'),
    startOn: initiative.startOn,
    endOn: initiative.endOn ?? '',
    fundingNotes: initiative.fundingNotes ?? '',
    reportingCycle: initiative.reportingCycle,
  };
  const title = t('form.editTitle', { name: initiative.name });
  return (
    <>
      <PageTitle title={title} />
      <Link to={initiativePath(alliance.slug, initiative.id)} className="back-link">
        {t('common.toInitiative')}
      </Link>
      <h1>{title}</h1>
      <InitiativeForm
        key={`${initiative.id}-${initiative.version}`}
        initial={initial}
        choices={choices}
        submitLabel={t('form.save')}
        onSubmit={async (values) => {
          const result = await update({ input: { id: initiative.id, version: initiative.version, ...inputOf(values) } });
          if (result.data?.updateInitiative) navigate(initiativePath(alliance.slug, initiative.id), { state: { notice: 'saved' } });
          return result.error;
        }}
      />
    </>
  );
}
