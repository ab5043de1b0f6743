import { useRef, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useQuery } from 'urql';
import type { DeclarationQuery as DeclarationData } from '@pakt/web-data';
import { ErrorAlert, exportUrl, Fact, Facts, LoadingStatus, NotFound, PageTitle, StatusNotice, useFormat } from '@pakt/web-ui';
import { AdvancePhase } from '../components/AdvancePhase';
import { AmendmentSummary } from '../components/AmendmentSummary';
import { DraftingTeam } from '../components/DraftingTeam';
import { EndorsementList } from '../components/EndorsementList';
import { numberParagraphs } from '../components/numbering';
import { PhaseIndicator } from '../components/PhaseIndicator';
import { ProvenanceText, type AmendmentLabel } from '../components/ProvenanceText';
import { summaryOf } from '../components/summary-of';
import { DeclarationQuery } from '../graphql/queries';
import { useDeclarationMessages } from '../messages';
import {
  amendmentPath,
  declarationEditPath,
  declarationHistoryPath,
  declarationsPath,
  decidingPath,
  endorsementsPath,
  newAmendmentPath,
} from '../paths';

type Declaration = NonNullable<DeclarationData['declaration']>;
type Amendment = Declaration['amendments'][number];

/** Where a page sends the reader after a step, with what happened. */
export interface ReaderNotice {
  readonly notice: string;
}

/**
 * /alliances/:slug/declarations/:id — the declaration as it reads now: title, phase, preamble,
 * sections with numbered paragraphs, each with its amendments beside it; in the consolidated
 * text every change names the amendment that made it. The steps the viewer may take, and once
 * adopted the result, the endorsements and the downloads.
 */
export function DeclarationPage() {
  const { slug = '', id = '' } = useParams();
  const { t, language } = useDeclarationMessages();
  const format = useFormat();
  const location = useLocation();
  const [{ data, error }, reexecute] = useQuery({ query: DeclarationQuery, variables: { slug, id } });
  const [notice, setNotice] = useState<string | null>(() => (location.state as ReaderNotice | null)?.notice ?? null);
  const heading = useRef<HTMLHeadingElement>(null);
  const reload = () => reexecute({ requestPolicy: 'network-only' });

  if (error && !data) return <ErrorAlert onRetry={reload} />;
  if (!data) return <LoadingStatus />;
  const alliance = data.alliance;
  const declaration = data.declaration;
  if (!alliance || !declaration || declaration.allianceId !== alliance.id) return <NotFound />;

  const labels: AmendmentLabel[] = declaration.amendments.map((amendment) => ({
    id: amendment.id,
    number: amendment.number,
    author: amendment.author.displayName,
  }));
  const shown = (amendment: Amendment) => amendment.state !== 'WITHDRAWN';
  const mayPropose = declaration.phase === 'AMENDMENTS' && declaration.viewerMayAmend;
  const numbered = numberParagraphs(declaration.sections);
  const adopted = declaration.phase === 'ADOPTED';

  return (
    <>
      <PageTitle title={declaration.title} />
      <Link to={declarationsPath(alliance.slug)} className="back-link">
        {t('common.toList')}
      </Link>
      <h1 ref={heading} tabIndex={-1}>
        {declaration.title}
      </h1>
      <PhaseIndicator phase={declaration.phase} />
      <StatusNotice message={notice} />
      <Facts>
        <Fact term={t('reader.body')}>{declaration.body.name}</Fact>
        {declaration.adoptedAt && <Fact term={t('reader.adoptedOn')}>{format.dateTime(declaration.adoptedAt)}</Fact>}
        {declaration.finalVoteResult && <Fact term={t('reader.result')}>{declaration.finalVoteResult}</Fact>}
      </Facts>

      <section aria-labelledby="declaration-actions" className="declaration-actions">
        <h2 id="declaration-actions">{t('reader.actions')}</h2>
        {declaration.phase !== 'DRAFTING' && !adopted && <p>{t('reader.frozen')}</p>}
        <div className="actions">
          {declaration.phase === 'DRAFTING' && declaration.viewerIsDrafter && (
            <Link className="button" to={declarationEditPath(alliance.slug, declaration.id)}>
              {t('reader.edit')}
            </Link>
          )}
          <Link className="button button--secondary" to={declarationHistoryPath(alliance.slug, declaration.id)}>
            {t('reader.history')}
          </Link>
          {(declaration.viewerMaySteer || declaration.viewerIsDrafter) && (declaration.phase === 'AMENDMENTS' || declaration.phase === 'DECIDING' || declaration.phase === 'FINAL_VOTE') && (
            <Link className="button button--secondary" to={decidingPath(alliance.slug, declaration.id)}>
              {t('reader.deciding')}
            </Link>
          )}
          {adopted && (
            <Link className="button button--secondary" to={endorsementsPath(alliance.slug, declaration.id)}>
              {t('reader.endorsements')}
            </Link>
          )}
          {declaration.viewerMaySteer && (
            <AdvancePhase
              declaration={declaration}
              onDone={(message) => {
                setNotice(message);
                reload();
                heading.current?.focus();
              }}
              onRefused={reload}
            />
          )}
        </div>
      </section>

      {declaration.phase === 'DRAFTING' && (
        <DraftingTeam
          key={declaration.version}
          declaration={declaration}
          members={uniquePeople(declaration.body.memberships.map((membership) => membership.person))}
          mayName={declaration.viewerMaySteer}
          onDone={(message) => {
            setNotice(message);
            reload();
          }}
          onRefused={reload}
        />
      )}

      <section aria-labelledby="declaration-downloads">
        <h2 id="declaration-downloads">{t('reader.exports')}</h2>
        <ul className="declaration-exports">
          {declaration.pdfUrl && (
            <li>
              <a className="button" href={exportUrl(declaration.pdfUrl, language)} download>
                {t('reader.pdf')}
              </a>
            </li>
          )}
          {declaration.docxUrl && (
            <li>
              <a className="button button--secondary" href={exportUrl(declaration.docxUrl, language)} download>
                {t('reader.docx')}
              </a>
            </li>
          )}
          <li>
            <a className="button button--secondary" href={exportUrl(declaration.synopsisPdfUrl, language)} download>
              {t('reader.synopsisPdf')}
            </a>
          </li>
          <li>
            <a className="button button--secondary" href={exportUrl(declaration.synopsisDocxUrl, language)} download>
              {t('reader.synopsisDocx')}
            </a>
          </li>
        </ul>
      </section>

      <section aria-labelledby="declaration-preamble">
        <h2 id="declaration-preamble">{t('reader.preamble')}</h2>
        <p className="declaration-paragraph__text">{declaration.preamble || t('reader.emptyText')}</p>
      </section>

      {declaration.amendments.some((amendment) => amendment.state === 'ACCEPTED') && <p className="muted">{t('reader.provenanceLegend')}</p>}

      {numbered.map(({ section, paragraphs }) => {
        const inserts = declaration.amendments.filter((amendment) => amendment.kind === 'INSERT' && amendment.sectionKey === section.key && shown(amendment) && amendment.state !== 'ACCEPTED');
        return (
          <section key={section.key} aria-labelledby={`section-${section.key}`}>
            <h2 id={`section-${section.key}`}>{section.heading}</h2>
            {paragraphs.length === 0 && <p className="muted">{t('reader.emptySection')}</p>}
            {paragraphs.map(({ paragraph, number }) => {
              const amendments = declaration.amendments.filter((amendment) => amendment.paragraphKey === paragraph.key && shown(amendment));
              const label = number === null ? t('reader.deleted') : t('reader.paragraph', { number });
              return (
                <div key={paragraph.key} className="declaration-paragraph">
                  <div>
                    <p className="declaration-paragraph__number">{label}</p>
                    <div className="declaration-paragraph__text">
                      <ProvenanceText runs={paragraph.provenance} amendments={labels} />
                    </div>
                  </div>
                  {(number !== null || amendments.length > 0) && (
                    <aside className="declaration-amendments" aria-label={number === null ? label : t('reader.amendments', { number })}>
                      {amendments.length === 0 ? (
                        <p className="muted">{t('reader.noAmendments')}</p>
                      ) : (
                        <ul>
                          {amendments.map((amendment) => (
                            <li key={amendment.id}>
                              <AmendmentSummary amendment={summaryOf(amendment)} to={amendmentPath(alliance.slug, declaration.id, amendment.id)} />
                            </li>
                          ))}
                        </ul>
                      )}
                      {mayPropose && number !== null && (
                        <Link to={newAmendmentPath(alliance.slug, declaration.id, { paragraphId: paragraph.key })}>
                          {t('reader.proposeTo', { number })}
                        </Link>
                      )}
                    </aside>
                  )}
                </div>
              );
            })}
            {(inserts.length > 0 || mayPropose) && (
              <aside className="declaration-amendments" aria-label={t('reader.amendmentsToSection', { title: section.heading })}>
                {inserts.length > 0 && (
                  <ul>
                    {inserts.map((amendment) => (
                      <li key={amendment.id}>
                        <AmendmentSummary amendment={summaryOf(amendment)} to={amendmentPath(alliance.slug, declaration.id, amendment.id)} />
                      </li>
                    ))}
                  </ul>
                )}
                {mayPropose && (
                  <Link to={newAmendmentPath(alliance.slug, declaration.id, { sectionId: section.key })}>
                    {t('reader.proposeNew', { title: section.heading })}
                  </Link>
                )}
              </aside>
            )}
          </section>
        );
      })}

      {adopted && (
        <section aria-labelledby="declaration-endorsements">
          <h2 id="declaration-endorsements">{t('reader.endorsements')}</h2>
          <EndorsementList endorsements={declaration.endorsements} />
        </section>
      )}
    </>
  );
}

/** Each person once, though they may hold several memberships of the body. */
function uniquePeople<P extends { id: string }>(people: readonly P[]): P[] {
  return [...new Map(people.map((person) => [person.id, person])).values()];
}
