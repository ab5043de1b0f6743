import { Link } from 'react-router';
import { useMutation } from 'urql';
import { NotFound, PageTitle } from '@pakt/web-ui';
import { ImportForm } from '../components/ImportForm';
import { managesRegister, WithAlliance, type InitiativeAlliance } from '../components/WithAlliance';
import { ImportInitiativesMutation } from '../graphql/mutations';
import { useInitiativeMessages } from '../messages';
import { initiativesPath } from '../paths';

/** /alliances/:slug/initiatives/import — the secretariat imports a register from CSV or XLSX; any bad row imports nothing. */
export function ImportPage() {
  return <WithAlliance>{(alliance) => (managesRegister(alliance) ? <Import alliance={alliance} /> : <NotFound />)}</WithAlliance>;
}

function Import({ alliance }: { alliance: InitiativeAlliance }) {
  const { t } = useInitiativeMessages();
  const [, run] = useMutation(ImportInitiativesMutation);
  const title = t('importPage.title');
  return (
    <>
      <PageTitle title={title} />
      <Link to={initiativesPath(alliance.slug)} className="back-link">
        {t('common.toRegister')}
      </Link>
      <h1>{title}</h1>
      <p className="lead">{t('importPage.intro')}</p>
      <ImportForm
        onSend={async (file, dryRun) => {
          const result = await run({ input: { allianceId: alliance.id, fileName: file.fileName, contentBase64: file.content, dryRun } });
          const report = result.data?.importInitiatives;
          if (report) return { count: report.rowCount, saved: report.saved };
          return { error: result.error! };
        }}
      />
    </>
  );
}
