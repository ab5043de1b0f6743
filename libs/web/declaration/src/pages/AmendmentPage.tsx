import { useId, useRef, useState, type FormEvent } from 'react';
import { useLocation, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { refusalOf, type AmendmentQuery as AmendmentData } from '@pakt/web-data';
import { ErrorAlert, ErrorSummary, Fact, Facts, LoadingStatus, NotFound, StatusNotice, TextAreaField, useFormat, WordDiff } from '@pakt/web-ui';
import { ActionButton, problemText } from '../components/ActionButton';
import { AmendmentBallot } from '../components/AmendmentBallot';
import { AmendmentForm, type AmendmentFormValues } from '../components/AmendmentForm';
import { locateParagraph } from '../components/numbering';
import { summaryOf } from '../components/summary-of';
import { TakeoverForm } from '../components/TakeoverForm';
import {
  CommentOnAmendmentMutation,
  ReviseAmendmentMutation,
  SupportAmendmentMutation,
  TakeOverAmendmentMutation,
  WithdrawAmendmentMutation,
} from '../graphql/mutations';
import { AmendmentQuery } from '../graphql/queries';
import { SubpageHead } from '../components/SubpageHead';
import { useDeclarationMessages } from '../messages';
import type { ReaderNotice } from './DeclarationPage';

type Loaded = NonNullable<AmendmentData['amendment']>;
type Declaration = NonNullable<AmendmentData['declaration']>;

const OPEN_STATES: readonly Loaded['state'][] = ['PROPOSED', 'NEEDS_NEW_VERSION', 'IN_BALLOT'];

/**
 * /alliances/:slug/declarations/:id/amendments/:amendmentId — one amendment: its change as a word
 * diff, reason, status and decision; support, comments; its author withdraws it or writes a new
 * version; the drafting team takes it over; the chair puts it to the vote.
 */
export function AmendmentPage() {
  const { slug = '', id = '', amendmentId = '' } = useParams();
  const { t } = useDeclarationMessages();
  const format = useFormat();
  const location = useLocation();
  const [{ data, error }, reexecute] = useQuery({ query: AmendmentQuery, variables: { slug, id, amendmentId } });
  const [, support] = useMutation(SupportAmendmentMutation);
  const [, withdraw] = useMutation(WithdrawAmendmentMutation);
  const [notice, setNotice] = useState<string | null>(() => (location.state as ReaderNotice | null)?.notice ?? null);
  const heading = useRef<HTMLHeadingElement>(null);
  const reload = () => reexecute({ requestPolicy: 'network-only' });

  if (error && !data) return <ErrorAlert onRetry={reload} />;
  if (!data) return <LoadingStatus />;
  const { alliance, declaration, amendment } = data;
  if (!alliance || !declaration || !amendment || declaration.allianceId !== alliance.id || amendment.declarationId !== declaration.id) return <NotFound />;

  const after = (message: string) => {
    setNotice(message);
    reload();
    heading.current?.focus();
  };
  const open = OPEN_STATES.includes(amendment.state);
  const located = amendment.paragraphKey ? locateParagraph(declaration.sections, amendment.paragraphKey) : null;
  const section = declaration.sections.find((candidate) => candidate.key === amendment.sectionKey);
  const currentText = located?.paragraph.text ?? '';
  const title = t('amendment.title', { number: amendment.number });
  const mayRevise =
    amendment.viewerIsAuthor && (amendment.state === 'PROPOSED' || amendment.state === 'NEEDS_NEW_VERSION') && (declaration.phase === 'AMENDMENTS' || declaration.phase === 'DECIDING');
  const mayTakeOver = declaration.viewerIsDrafter && amendment.state === 'PROPOSED' && (declaration.phase === 'AMENDMENTS' || declaration.phase === 'DECIDING');

  return (
    <>
      <SubpageHead slug={alliance.slug} declarationId={declaration.id} title={title} documentTitle={`${title} – ${declaration.title}`} headingRef={heading} />
      <p className="lead">
        {located
          ? t('amendment.target', { number: located.number, section: section?.heading ?? '' })
          : t('amendment.targetNew', { section: section?.heading ?? '' })}
      </p>
      <StatusNotice message={notice} />
      <Facts>
        <Fact term={t('amendment.status')}>{t(`statuses.${amendment.state}`)}</Fact>
        <Fact term={t('amendment.kind')}>{t(`kinds.${amendment.kind}`)}</Fact>
        <Fact term={t('amendment.author')}>{amendment.author.displayName}</Fact>
        <Fact term={t('amendment.supporters')}>{t('amendment.supporterCount', { count: amendment.supportCount })}</Fact>
        {amendment.decision && (
          <Fact term={t('amendment.decision')}>
            {amendment.decision === 'BALLOT' ? t('amendment.decidedByBallot') : t('amendment.decidedByTakeover')}
            {amendment.decisionNote && ` – ${amendment.decisionNote}`}
            {amendment.decidedAt && ` (${format.dateTime(amendment.decidedAt)})`}
          </Fact>
        )}
      </Facts>
      {amendment.overlapsWith.length > 0 && open && (
        <p className="declaration-flag">{t('amendment.conflictsWith', { numbers: amendment.overlapsWith.map((other) => other.number).join(', ') })}</p>
      )}
      {amendment.state === 'NEEDS_NEW_VERSION' && <p className="declaration-flag">{t('amendment.needsNewVersion')}</p>}
      {summaryOf(amendment).rebased && <p className="notice">{t('amendment.rebasedLong')}</p>}

      <section aria-labelledby="amendment-change">
        <h2 id="amendment-change">{t('amendment.change')}</h2>
        <p className="muted">{t('diff.legend')}</p>
        <WordDiff segments={amendment.diff} />
      </section>

      {amendment.takenOverDiff && (
        <section aria-labelledby="amendment-taken-over">
          <h2 id="amendment-taken-over">{t('takeover.modifiedHeading')}</h2>
          <WordDiff segments={amendment.takenOverDiff} />
        </section>
      )}

      <section aria-labelledby="amendment-reason">
        <h2 id="amendment-reason">{t('amendment.reason')}</h2>
        <p className="declaration-paragraph__text">{amendment.reason}</p>
      </section>

      {(declaration.viewerMayAmend || mayTakeOver || declaration.viewerMaySteer) && open && (
        <section aria-labelledby="amendment-actions">
          <h2 id="amendment-actions">{t('amendment.actions')}</h2>
          <div className="actions">
            {declaration.viewerMayAmend && !amendment.viewerIsAuthor && (
              <ActionButton
                label={amendment.viewerSupports ? t('amendment.unsupport') : t('amendment.support')}
                secondary={amendment.viewerSupports}
                run={async () => (await support({ id: amendment.id, supported: !amendment.viewerSupports })).error}
                onDone={() => after(amendment.viewerSupports ? t('amendment.unsupported') : t('amendment.supported'))}
                onRefused={reload}
              />
            )}
            {amendment.viewerIsAuthor && (amendment.state === 'PROPOSED' || amendment.state === 'NEEDS_NEW_VERSION') && (
              <ActionButton
                label={t('amendment.withdraw')}
                secondary
                confirm={{ title: t('amendment.withdrawTitle', { number: amendment.number }), text: t('amendment.withdrawText'), label: t('amendment.withdraw') }}
                run={async () => (await withdraw({ input: { id: amendment.id, version: amendment.version } })).error}
                onDone={() => after(t('amendment.withdrawn'))}
                onRefused={reload}
              />
            )}
            {declaration.viewerMaySteer && <AmendmentBallot slug={alliance.slug} declaration={declaration} amendment={amendment} />}
          </div>
        </section>
      )}

      {mayRevise && <Revision amendment={amendment} currentText={currentText} onDone={() => after(t('amendment.newVersionSubmitted'))} />}
      {mayTakeOver && <Takeover amendment={amendment} currentText={currentText} onDone={() => after(t('takeover.done'))} />}

      <Comments amendment={amendment} declaration={declaration} onDone={() => after(t('amendment.commented'))} />
    </>
  );
}

/** Its author's new version, against the paragraph's current wording. */
function Revision({ amendment, currentText, onDone }: { amendment: Loaded; currentText: string; onDone: () => void }) {
  const { t } = useDeclarationMessages();
  const headingId = useId();
  const [, revise] = useMutation(ReviseAmendmentMutation);
  const [problems, setProblems] = useState<Readonly<Record<string, string>>>({});
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const submit = async (values: AmendmentFormValues) => {
    setBusy(true);
    const result = await revise({ input: { id: amendment.id, version: amendment.version, text: values.kind === 'DELETE' ? null : values.text, reason: values.reason } });
    setBusy(false);
    if (!result.error) return onDone();
    setProblems({ text: problemText(refusalOf(result.error), t) });
    setAttempt((count) => count + 1);
  };
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('amendment.newVersion')}</h2>
      <AmendmentForm
        currentText={currentText}
        kinds={[amendment.kind]}
        initial={{ kind: amendment.kind, text: amendment.text, reason: amendment.reason }}
        submitLabel={t('amendment.newVersion')}
        problems={problems}
        attempt={attempt}
        busy={busy}
        onSubmit={(values) => void submit(values)}
      />
    </section>
  );
}

/** The drafting team takes the amendment over, as proposed or modified. */
function Takeover({ amendment, currentText, onDone }: { amendment: Loaded; currentText: string; onDone: () => void }) {
  const { t } = useDeclarationMessages();
  const headingId = useId();
  const [, takeOver] = useMutation(TakeOverAmendmentMutation);
  const [problem, setProblem] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const submit = async (modifiedText: string | null) => {
    setBusy(true);
    const result = await takeOver({ input: { id: amendment.id, version: amendment.version, text: modifiedText } });
    setBusy(false);
    if (!result.error) return onDone();
    setProblem(problemText(refusalOf(result.error), t));
    setAttempt((count) => count + 1);
  };
  return (
    <section aria-labelledby={headingId} id="takeover">
      <h2 id={headingId}>{t('takeover.title')}</h2>
      <p>{t('takeover.intro')}</p>
      <TakeoverForm
        currentText={currentText}
        proposedText={amendment.text}
        deletion={amendment.kind === 'DELETE'}
        problem={problem}
        attempt={attempt}
        busy={busy}
        onSubmit={(text) => void submit(text)}
      />
    </section>
  );
}

/** The discussion: comments oldest first; members comment while the amendment is open. */
function Comments({ amendment, declaration, onDone }: { amendment: Loaded; declaration: Declaration; onDone: () => void }) {
  const { t } = useDeclarationMessages();
  const format = useFormat();
  const id = useId();
  const [, comment] = useMutation(CommentOnAmendmentMutation);
  const [body, setBody] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const mayComment = declaration.viewerMayAmend && OPEN_STATES.includes(amendment.state);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (body.trim() === '') {
      setProblem(t('form.commentEmpty'));
      setAttempt((count) => count + 1);
      return;
    }
    setBusy(true);
    const result = await comment({ input: { amendmentId: amendment.id, body } });
    setBusy(false);
    if (result.error) {
      setProblem(problemText(refusalOf(result.error), t));
      setAttempt((count) => count + 1);
      return;
    }
    setProblem(null);
    setBody('');
    onDone();
  };

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('amendment.comments')}</h2>
      {amendment.comments.length === 0 ? (
        <p className="muted">{t('amendment.noComments')}</p>
      ) : (
        <ol className="plain-list">
          {amendment.comments.map((entry) => (
            <li key={entry.id} className="declaration-amendment">
              <p className="declaration-amendment__meta">{t('amendment.commentBy', { author: entry.author.displayName, date: format.dateTime(entry.createdAt) })}</p>
              <p className="declaration-paragraph__text">{entry.body}</p>
            </li>
          ))}
        </ol>
      )}
      {mayComment && (
        <form className="form declaration-form" noValidate onSubmit={(event) => void submit(event)}>
          {problem && <ErrorSummary title={t('form.errorSummary')} fields={[{ fieldId: `${id}-body`, message: problem }]} attempt={attempt} />}
          <TextAreaField id={`${id}-body`} label={t('amendment.comment')} value={body} onChange={setBody} error={problem} />
          <div className="actions">
            <button type="submit" className="button" aria-disabled={busy || undefined}>
              {t('amendment.commentSubmit')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
