import { useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { isOpenAmendment } from '@pakt/domain';
import { ErrorAlert, LoadingStatus, NotFound, StatusNotice } from '@pakt/web-ui';
import { AdvancePhase } from '../components/AdvancePhase';
import { AmendmentBallot, FinalVote } from '../components/AmendmentBallot';
import { AmendmentSummary } from '../components/AmendmentSummary';
import { locateParagraph } from '../components/numbering';
import { PhaseIndicator } from '../components/PhaseIndicator';
import { summaryOf } from '../components/summary-of';
import { DeclarationQuery } from '../graphql/queries';
import { SubpageHead } from '../components/SubpageHead';
import { useDeclarationMessages } from '../messages';
import { amendmentPath } from '../paths';

/**
 * /alliances/:slug/declarations/:id/deciding — the chair's view: the open amendments one by one,
 * overlaps flagged, each put to a ballot or taken over; which were rebased and which need a new
 * version; the phase steps and the final vote.
 */
export function DecidingPage() {
  const { slug = '', id = '' } = useParams();
  const { t } = useDeclarationMessages();
  const [{ data, error }, reexecute] = useQuery({ query: DeclarationQuery, variables: { slug, id } });
  const [notice, setNotice] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const reload = () => reexecute({ requestPolicy: 'network-only' });

  if (error && !data) return <ErrorAlert onRetry={reload} />;
  if (!data) return <LoadingStatus />;
  const { alliance, declaration } = data;
  if (!alliance || !declaration || declaration.allianceId !== alliance.id) return <NotFound />;

  const after = (message: string) => {
    setNotice(message);
    reload();
    heading.current?.focus();
  };
  const open = declaration.amendments.filter((amendment) => isOpenAmendment(amendment.state));
  const decided = declaration.amendments.filter((amendment) => !isOpenAmendment(amendment.state) && amendment.state !== 'WITHDRAWN');
  const title = t('deciding.title', { title: declaration.title });
  const target = (amendment: (typeof open)[number]) => {
    const located = amendment.paragraphKey ? locateParagraph(declaration.sections, amendment.paragraphKey) : null;
    const section = declaration.sections.find((candidate) => candidate.key === amendment.sectionKey)?.heading ?? '';
    return located ? t('amendment.target', { number: located.number, section }) : t('amendment.targetNew', { section });
  };

  return (
    <>
      <SubpageHead slug={alliance.slug} declarationId={declaration.id} title={title} headingRef={heading} />
      <PhaseIndicator phase={declaration.phase} />
      <p className="lead">{t('deciding.intro')}</p>
      <StatusNotice message={notice} />
      {declaration.phase === 'AMENDMENTS' && <p className="notice">{t('deciding.notDeciding')}</p>}
      {declaration.viewerMaySteer && (
        <div className="actions">
          <AdvancePhase declaration={declaration} onDone={after} onRefused={reload} />
        </div>
      )}

      {declaration.phase !== 'FINAL_VOTE' && (
        <section aria-labelledby="deciding-open">
          <h2 id="deciding-open">{t('deciding.open', { count: open.length })}</h2>
          {open.length === 0 && <p className="muted">{t('deciding.none')}</p>}
          <ol className="plain-list">
            {open.map((amendment) => (
              <li key={amendment.id}>
                <AmendmentSummary amendment={summaryOf(amendment)} to={amendmentPath(alliance.slug, declaration.id, amendment.id)} headingLevel={3} />
                <p className="declaration-amendment__meta">{target(amendment)}</p>
                <div className="actions">
                  {declaration.viewerMaySteer && <AmendmentBallot slug={alliance.slug} declaration={declaration} amendment={amendment} />}
                  {declaration.viewerIsDrafter && amendment.state === 'PROPOSED' && (
                    <Link className="button button--secondary" to={`${amendmentPath(alliance.slug, declaration.id, amendment.id)}#takeover`}>
                      {t('deciding.takeoverNamed', { number: amendment.number })}
                    </Link>
                  )}
                </div>
              </li>
            ))}
          </ol>
        </section>
      )}

      {(declaration.phase === 'FINAL_VOTE' || declaration.phase === 'ADOPTED') && (
        <section aria-labelledby="deciding-final">
          <h2 id="deciding-final">{t('deciding.finalVote')}</h2>
          <p>{t('deciding.finalVoteIntro')}</p>
          <FinalVote slug={alliance.slug} declaration={declaration} />
        </section>
      )}

      <section aria-labelledby="deciding-decided">
        <h2 id="deciding-decided">{t('deciding.decided', { count: decided.length })}</h2>
        {decided.length === 0 && <p className="muted">{t('deciding.noneDecided')}</p>}
        <ol className="plain-list">
          {decided.map((amendment) => (
            <li key={amendment.id}>
              <AmendmentSummary amendment={summaryOf(amendment)} to={amendmentPath(alliance.slug, declaration.id, amendment.id)} headingLevel={3} />
              {amendment.decision && (
                <p className="declaration-amendment__meta">
                  {amendment.decision === 'BALLOT' ? t('amendment.decidedByBallot') : t('amendment.decidedByTakeover')}
                  {amendment.decisionNote && ` – ${amendment.decisionNote}`}
                </p>
              )}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
