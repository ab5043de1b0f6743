import { Link, useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { PageTitle } from '@pakt/web-ui';
import { ProgressReportForm } from '../components/ProgressReportForm';
import { WithAlliance, type InitiativeAlliance } from '../components/WithAlliance';
import { WithInitiative, type InitiativeDetail } from '../components/WithInitiative';
import { FileProgressReportMutation } from '../graphql/mutations';
import { useInitiativeMessages } from '../messages';
import { initiativePath } from '../paths';
import type { ArrivalNotice } from './InitiativePage';

/** /alliances/:slug/initiatives/:id/report — a progress report by the secretariat or a representative of the lead or a partner. */
export function ProgressReportPage() {
  return (
    <WithAlliance>
      {(alliance) => <WithInitiative alliance={alliance}>{(initiative) => <ProgressReport alliance={alliance} initiative={initiative} />}</WithInitiative>}
    </WithAlliance>
  );
}

function ProgressReport({ alliance, initiative }: { alliance: InitiativeAlliance; initiative: InitiativeDetail }) {
  const { t } = useInitiativeMessages();
  const navigate = useNavigate();
  const [, file] = useMutation(FileProgressReportMutation);
  const title = t('reportForm.title', { name: initiative.name });
  return (
    <>
      <PageTitle title={title} />
      <Link to={initiativePath(alliance.slug, initiative.id)} className="back-link">
        {t('common.toInitiative')}
      </Link>
      <h1>{title}</h1>
      {initiative.viewerMayReport ? (
        <>
          <p className="lead">{t('reportForm.intro')}</p>
          <ProgressReportForm
            indicators={initiative.indicators}
            onSubmit={async (values) => {
              const result = await file({
                input: {
                  initiativeId: initiative.id,
                  // Left empty, the api takes today.
                  reportedOn: values.reportedOn === '' ? null : values.reportedOn,
                  percent: values.percent,
                  narrative: values.narrative,
                  indicatorValues: values.indicatorValues.map((value) => ({ indicatorId: value.indicatorId, value: value.value })),
                },
              });
              if (result.data?.fileProgressReport) {
                const notice: ArrivalNotice = 'reported';
                navigate(initiativePath(alliance.slug, initiative.id), { state: { notice } });
              }
              return result.error;
            }}
          />
        </>
      ) : (
        <p>{t('reportForm.notAllowed')}</p>
      )}
    </>
  );
}
