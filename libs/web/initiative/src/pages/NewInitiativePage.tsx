import { Link, useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { LoadingStatus, NotFound, PageTitle } from '@pakt/web-ui';
import { InitiativeForm, type InitiativeChoices } from '../components/InitiativeForm';
import { EMPTY_INITIATIVE, inputOf } from '../components/initiative-values';
import { choicesOf, managesRegister, WithAlliance, type InitiativeAlliance } from '../components/WithAlliance';
import { CreateInitiativeMutation } from '../graphql/mutations';
import { InitiativeChoicesQuery } from '../graphql/queries';
import { useInitiativeMessages } from '../messages';
import { initiativePath, initiativesPath } from '../paths';

/** The choices of the initiative form: the alliance's lists and the recommendations an initiative may implement. */
export function useInitiativeChoices(alliance: InitiativeAlliance): InitiativeChoices | null {
  const [{ data }] = useQuery({ query: InitiativeChoicesQuery, variables: { allianceId: alliance.id }, requestPolicy: 'cache-and-network' });
  if (!data) return null;
  return { ...choicesOf(alliance), recommendations: data.planCandidates.map((recommendation) => ({ value: recommendation.id, label: recommendation.title })) };
}

/** /alliances/:slug/initiatives/new — the secretariat enters an initiative into the register. */
export function NewInitiativePage() {
  return <WithAlliance>{(alliance) => (managesRegister(alliance) ? <NewInitiative alliance={alliance} /> : <NotFound />)}</WithAlliance>;
}

function NewInitiative({ alliance }: { alliance: InitiativeAlliance }) {
  const { t } = useInitiativeMessages();
  const navigate = useNavigate();
  const [, create] = useMutation(CreateInitiativeMutation);
  const choices = useInitiativeChoices(alliance);
  const title = t('form.createTitle');
  return (
    <>
      <PageTitle title={title} />
      <Link to={initiativesPath(alliance.slug)} className="back-link">
        {t('common.toRegister')}
      </Link>
      <h1>{title}</h1>
      {choices === null ? (
        <LoadingStatus />
      ) : (
        <InitiativeForm
          initial={EMPTY_INITIATIVE}
          choices={choices}
          submitLabel={t('form.createSubmit')}
          onSubmit={async (values) => {
            const result = await create({ input: { allianceId: alliance.id, ...inputOf(values) } });
            const created = result.data?.createInitiative;
            if (created) navigate(initiativePath(alliance.slug, created.id), { state: { notice: 'created' } });
            return result.error;
          }}
        />
      )}
    </>
  );
}
