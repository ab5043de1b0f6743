import { useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { refusalOf } from '@pakt/web-data';
import { ErrorAlert, LoadingStatus, NotFound } from '@pakt/web-ui';
import { problemText } from '../components/ActionButton';
import { AmendmentForm, type AmendmentFormValues } from '../components/AmendmentForm';
import { locateParagraph } from '../components/numbering';
import { ProposeAmendmentMutation } from '../graphql/mutations';
import { DeclarationQuery } from '../graphql/queries';
import { SubpageHead } from '../components/SubpageHead';
import { useDeclarationMessages } from '../messages';
import { amendmentPath } from '../paths';
import type { ReaderNotice } from './DeclarationPage';

/**
 * /alliances/:slug/declarations/:id/amendments/new?paragraph=… (or ?section=… for a new
 * paragraph) — a member proposes a change with its reason, seeing it as a word diff while typing.
 */
export function NewAmendmentPage() {
  const { slug = '', id = '' } = useParams();
  const [search] = useSearchParams();
  const { t } = useDeclarationMessages();
  const navigate = useNavigate();
  const [{ data, error }, reexecute] = useQuery({ query: DeclarationQuery, variables: { slug, id } });
  const [, propose] = useMutation(ProposeAmendmentMutation);
  const [problems, setProblems] = useState<Readonly<Record<string, string>>>({});
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);

  if (error && !data) return <ErrorAlert onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!data) return <LoadingStatus />;
  const alliance = data.alliance;
  const declaration = data.declaration;
  if (!alliance || !declaration || declaration.allianceId !== alliance.id) return <NotFound />;

  const paragraphKey = search.get('paragraph');
  const located = paragraphKey ? locateParagraph(declaration.sections, paragraphKey) : null;
  const section = located?.section ?? declaration.sections.find((candidate) => candidate.key === search.get('section'));
  if (!section) return <NotFound />;
  const currentText = located?.paragraph.text ?? '';
  const lastParagraph = section.paragraphs.filter((paragraph) => !paragraph.deletedBy).at(-1);

  const submit = async (values: AmendmentFormValues) => {
    if (busy) return;
    setBusy(true);
    const result = await propose({
      input: located
        ? { declarationId: declaration.id, kind: values.kind, paragraphKey: located.paragraph.key, text: values.kind === 'DELETE' ? null : values.text, reason: values.reason }
        : { declarationId: declaration.id, kind: 'INSERT', sectionKey: section.key, afterParagraphKey: lastParagraph?.key ?? null, text: values.text, reason: values.reason },
    });
    setBusy(false);
    if (result.data) {
      const proposed = result.data.proposeAmendment;
      navigate(amendmentPath(alliance.slug, declaration.id, proposed.id), { state: { notice: t('amendment.submitted') } satisfies ReaderNotice });
      return;
    }
    if (!result.error) return;
    const refusal = refusalOf(result.error);
    // The api names the field (text, reason); anything else is about the whole proposal.
    setProblems(
      refusal.kind === 'invalid' && Object.keys(refusal.fields).some((field) => field === 'text' || field === 'reason')
        ? Object.fromEntries(Object.keys(refusal.fields).map((field) => [field === 'reason' ? 'reason' : 'text', t(field === 'reason' ? 'form.reasonEmpty' : 'form.textRefused')]))
        : { text: problemText(refusal, t) },
    );
    setAttempt((count) => count + 1);
  };

  const title = t('amendment.newTitle');
  return (
    <>
      <SubpageHead slug={alliance.slug} declarationId={declaration.id} title={title} documentTitle={`${title} – ${declaration.title}`} />
      <p className="lead">
        {located ? t('amendment.target', { number: located.number, section: section.heading }) : t('amendment.targetNew', { section: section.heading })}
      </p>
      {declaration.phase !== 'AMENDMENTS' || !declaration.viewerMayAmend ? (
        <p className="notice">{t('amendment.notOpen')}</p>
      ) : (
        <>
          <p>{t('amendment.newIntro')}</p>
          {located && (
            <section aria-labelledby="amendment-current">
              <h2 id="amendment-current">{t('amendment.currentText')}</h2>
              <blockquote className="declaration-paragraph__text">{currentText}</blockquote>
            </section>
          )}
          <AmendmentForm
            currentText={currentText}
            kinds={located ? ['REPLACE', 'DELETE'] : ['INSERT']}
            submitLabel={t('amendment.submit')}
            problems={problems}
            attempt={attempt}
            busy={busy}
            onSubmit={(values) => void submit(values)}
          />
        </>
      )}
    </>
  );
}
