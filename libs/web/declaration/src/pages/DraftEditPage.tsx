import { useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { refusalOf } from '@pakt/web-data';
import { ErrorAlert, LoadingStatus, NotFound } from '@pakt/web-ui';
import { problemText } from '../components/ActionButton';
import { draftOf, revisionOf, storedTextOf, type Draft } from '../components/draft';
import { DraftEditor, type SaveOutcome } from '../components/DraftEditor';
import { SaveDeclarationDraftMutation } from '../graphql/mutations';
import { DeclarationQuery } from '../graphql/queries';
import { SubpageHead } from '../components/SubpageHead';
import { useDeclarationMessages } from '../messages';

/** /alliances/:slug/declarations/:id/edit — the drafting team writes the text; every save is a revision. */
export function DraftEditPage() {
  const { slug = '', id = '' } = useParams();
  const { t } = useDeclarationMessages();
  const [{ data, error }, reexecute] = useQuery({ query: DeclarationQuery, variables: { slug, id } });
  const [, saveDraft] = useMutation(SaveDeclarationDraftMutation);

  if (error && !data) return <ErrorAlert onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!data) return <LoadingStatus />;
  const alliance = data.alliance;
  const declaration = data.declaration;
  if (!alliance || !declaration || declaration.allianceId !== alliance.id) return <NotFound />;
  const title = t('editor.title', { title: declaration.title });

  const save = async (draft: Draft): Promise<SaveOutcome> => {
    const result = await saveDraft({ input: { id: declaration.id, ...revisionOf(draft) } });
    if (result.data) {
      const stored = result.data.saveDeclarationDraft;
      return { kind: 'saved', revision: stored.revision, stored: draftOf(stored) };
    }
    const refusal = result.error ? refusalOf(result.error) : ({ kind: 'failed' } as const);
    if (refusal.kind === 'conflict') {
      const current = storedTextOf(refusal.current);
      if (current) return { kind: 'conflict', stored: draftOf(current) };
    }
    return { kind: 'refused', message: problemText(refusal, t) };
  };

  return (
    <>
      <SubpageHead slug={alliance.slug} declarationId={declaration.id} title={title} />
      {declaration.phase === 'DRAFTING' && declaration.viewerIsDrafter ? (
        <>
          <p>{t('editor.intro')}</p>
          <DraftEditor key={declaration.id} initial={draftOf(declaration)} save={save} />
        </>
      ) : (
        <p className="notice">{t('editor.notEditable')}</p>
      )}
    </>
  );
}
