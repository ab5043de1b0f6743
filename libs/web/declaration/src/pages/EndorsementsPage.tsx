import { useRef, useState } from 'react';
import { useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { refusalOf } from '@pakt/web-data';
import { ErrorAlert, LoadingStatus, NotFound, StatusNotice, useFormat } from '@pakt/web-ui';
import { ActionButton, problemText } from '../components/ActionButton';
import { EndorsementForm, type EndorsementAnswer } from '../components/EndorsementForm';
import { EndorsementList } from '../components/EndorsementList';
import { EndorseDeclarationMutation, RemindEndorsersMutation } from '../graphql/mutations';
import { EndorsementsQuery } from '../graphql/queries';
import { SubpageHead } from '../components/SubpageHead';
import { useDeclarationMessages } from '../messages';


/**
 * /alliances/:slug/declarations/:id/endorsements — representatives answer for their
 * organisations; the secretariat sees who has not answered and reminds them; below, the answers
 * as the published declaration shows them.
 */
export function EndorsementsPage() {
  const { slug = '', id = '' } = useParams();
  const { t } = useDeclarationMessages();
  const format = useFormat();
  const [{ data, error }, reexecute] = useQuery({ query: EndorsementsQuery, variables: { slug, id } });
  const [, remind] = useMutation(RemindEndorsersMutation);
  const [notice, setNotice] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const reload = () => reexecute({ requestPolicy: 'network-only' });

  if (error && !data) return <ErrorAlert onRetry={reload} />;
  if (!data) return <LoadingStatus />;
  const { alliance, declaration } = data;
  if (!alliance || !declaration || declaration.allianceId !== alliance.id) return <NotFound />;
  const title = t('endorsement.title', { title: declaration.title });
  const pending = declaration.endorsements.filter((endorsement) => endorsement.state === 'PENDING');
  const after = (message: string) => {
    setNotice(message);
    reload();
  };

  return (
    <>
      <SubpageHead slug={alliance.slug} declarationId={declaration.id} title={title} headingRef={heading} />
      <p className="lead">{t('endorsement.intro')}</p>
      <StatusNotice message={notice} />
      {declaration.phase !== 'ADOPTED' ? (
        <p className="notice">{t('endorsement.notYet')}</p>
      ) : (
        <>
          {declaration.viewerRepresents.map((organisation) => {
            const own = declaration.endorsements.find((endorsement) => endorsement.organisation.id === organisation.id);
            return (
              <Answer
                key={organisation.id}
                declarationId={declaration.id}
                organisation={organisation}
                initial={own && own.state !== 'PENDING' ? { answer: own.state, reservation: own.reservation ?? '' } : null}
                onDone={() => after(t('endorsement.answered', { organisation: organisation.name }))}
              />
            );
          })}

          {declaration.viewerMaySteer && (
            <section aria-labelledby="endorsements-pending">
              <h2 id="endorsements-pending">{t('endorsement.pending', { count: pending.length })}</h2>
              {pending.length === 0 ? (
                <p>{t('endorsement.allAnswered')}</p>
              ) : (
                <>
                  <ul>
                    {pending.map((endorsement) => (
                      <li key={endorsement.id}>
                        {endorsement.organisation.name}
                        {endorsement.remindedAt && <span className="muted">{` – ${t('endorsement.remindedAt', { date: format.dateTime(endorsement.remindedAt) })}`}</span>}
                      </li>
                    ))}
                  </ul>
                  <ActionButton
                    label={t('endorsement.remindAll')}
                    run={async () => (await remind({ declarationId: declaration.id })).error}
                    onDone={() => after(t('endorsement.remindedAll', { count: pending.length }))}
                    onRefused={reload}
                  />
                </>
              )}
            </section>
          )}

          <section aria-labelledby="endorsements-published">
            <h2 id="endorsements-published">{t('endorsement.published')}</h2>
            <EndorsementList endorsements={declaration.endorsements} />
          </section>
        </>
      )}
    </>
  );
}

function Answer({
  declarationId,
  organisation,
  initial,
  onDone,
}: {
  declarationId: string;
  organisation: { id: string; name: string };
  initial: { answer: EndorsementAnswer; reservation: string } | null;
  onDone: () => void;
}) {
  const { t } = useDeclarationMessages();
  const [, endorse] = useMutation(EndorseDeclarationMutation);
  const [problem, setProblem] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const headingId = `answer-${organisation.id}`;
  const submit = async (answer: EndorsementAnswer, reservation: string | null) => {
    setBusy(true);
    const result = await endorse({ input: { declarationId, organisationId: organisation.id, state: answer, reservation } });
    setBusy(false);
    if (!result.error) {
      setProblem(null);
      return onDone();
    }
    setProblem(problemText(refusalOf(result.error), t));
    setAttempt((count) => count + 1);
  };
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('endorsement.yours', { organisation: organisation.name })}</h2>
      <EndorsementForm initial={initial} problem={problem} attempt={attempt} busy={busy} onSubmit={(answer, reservation) => void submit(answer, reservation)} />
    </section>
  );
}
