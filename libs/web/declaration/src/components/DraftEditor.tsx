import { useId, useRef, useState, type FormEvent } from 'react';
import { ErrorSummary, StatusNotice, TextAreaField, TextConflict, TextField } from '@pakt/web-ui';
import { useDeclarationMessages } from '../messages';
import { emptySection, rebaseDraft, type Draft } from './draft';

export type SaveOutcome =
  | { readonly kind: 'saved'; readonly revision: number; readonly stored: Draft }
  | { readonly kind: 'conflict'; readonly stored: Draft }
  | { readonly kind: 'refused'; readonly message: string };

interface DraftEditorProps {
  readonly initial: Draft;
  readonly save: (draft: Draft) => Promise<SaveOutcome>;
}

/**
 * The drafting team's editor: title, preamble, sections with their paragraphs. Saving makes a new
 * revision; when someone else saved meanwhile, the save is refused and both versions are shown
 * (what was typed stays in the form) until the person keeps theirs or takes over the stored one.
 */
export function DraftEditor({ initial, save }: DraftEditorProps) {
  const { t } = useDeclarationMessages();
  const id = useId();
  const [draft, setDraft] = useState(initial);
  const [theirs, setTheirs] = useState<Draft | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const sectionList = useRef<HTMLOListElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (draft.title.trim() === '') {
      setProblem(t('form.titleEmpty'));
      setAttempt((count) => count + 1);
      return;
    }
    setBusy(true);
    setNotice(t('editor.saving'));
    const outcome = await save(draft);
    setBusy(false);
    switch (outcome.kind) {
      case 'saved':
        setProblem(null);
        setTheirs(null);
        setDraft(outcome.stored);
        setNotice(t('editor.saved', { number: outcome.revision }));
        return;
      case 'conflict':
        setNotice(null);
        setProblem(t('editor.conflict'));
        setTheirs(outcome.stored);
        setAttempt((count) => count + 1);
        return;
      case 'refused':
        setNotice(null);
        setProblem(outcome.message);
        setAttempt((count) => count + 1);
    }
  };

  const focusSection = (index: number) =>
    requestAnimationFrame(() => sectionList.current?.querySelectorAll<HTMLInputElement>('input[type="text"]')[index]?.focus());
  const addSection = () => {
    setDraft((all) => ({ ...all, sections: [...all.sections, emptySection()] }));
    setNotice(t('editor.sectionAdded', { number: draft.sections.length + 1 }));
    focusSection(draft.sections.length);
  };
  const removeSection = (index: number) => {
    setDraft((all) => ({ ...all, sections: all.sections.filter((_, position) => position !== index) }));
    setNotice(t('editor.sectionRemoved', { number: index + 1 }));
    focusSection(Math.max(0, index - 1));
  };
  const changeSection = (index: number, change: Partial<Pick<Draft['sections'][number], 'heading' | 'text'>>) =>
    setDraft((all) => ({ ...all, sections: all.sections.map((section, position) => (position === index ? { ...section, ...change } : section)) }));

  const sectionText = (sections: Draft['sections']) => sections.map((section) => `${section.heading}\n\n${section.text}`).join('\n\n');

  return (
    <>
      {problem && (
        <ErrorSummary title={t('editor.errorSummary')} attempt={attempt}>
          <p>{problem}</p>
        </ErrorSummary>
      )}
      {theirs && (
        <TextConflict
          title={t('editor.compareTitle')}
          intro={t('editor.compareIntro')}
          parts={[
            { key: 'title', label: t('editor.fieldTitle'), theirs: theirs.title, mine: draft.title },
            { key: 'preamble', label: t('editor.preamble'), theirs: theirs.preamble, mine: draft.preamble },
            { key: 'sections', label: t('reader.sections'), theirs: sectionText(theirs.sections), mine: sectionText(draft.sections) },
          ]}
          labels={{ theirs: t('editor.theirsText'), difference: t('editor.difference'), empty: t('reader.emptyText') }}
          actions={
            <>
              <button
                type="button"
                className="button"
                onClick={() => {
                  setDraft((mine) => rebaseDraft(mine, theirs));
                  setTheirs(null);
                  setProblem(null);
                  setNotice(t('editor.keptMine'));
                }}
              >
                {t('editor.keepMine')}
              </button>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  setDraft(theirs);
                  setTheirs(null);
                  setProblem(null);
                  setNotice(t('editor.tookTheirs'));
                }}
              >
                {t('editor.takeTheirs')}
              </button>
            </>
          }
        />
      )}
      <form className="form declaration-editor" noValidate onSubmit={(event) => void submit(event)}>
        <TextField id={`${id}-title`} label={t('editor.fieldTitle')} autoComplete="off" value={draft.title} onChange={(title) => setDraft((all) => ({ ...all, title }))} error={null} />
        <TextAreaField
          id={`${id}-preamble`}
          label={t('editor.preamble')}
          value={draft.preamble}
          onChange={(preamble) => setDraft((all) => ({ ...all, preamble }))}
          error={null}
          rows={5}
        />
        <ol ref={sectionList} className="declaration-editor__sections">
          {draft.sections.map((section, index) => (
            <li key={index}>
              <fieldset className="declaration-editor__section">
                <legend>{t('editor.section', { number: index + 1 })}</legend>
                <TextField
                  id={`${id}-section-${index}-heading`}
                  label={t('editor.sectionTitle', { number: index + 1 })}
                  autoComplete="off"
                  value={section.heading}
                  onChange={(heading) => changeSection(index, { heading })}
                  error={null}
                />
                <TextAreaField
                  id={`${id}-section-${index}-text`}
                  label={t('editor.sectionText', { number: index + 1 })}
                  hint={t('editor.sectionTextHint')}
                  value={section.text}
                  onChange={(text) => changeSection(index, { text })}
                  error={null}
                  rows={10}
                />
                <button type="button" className="button button--secondary" onClick={() => removeSection(index)}>
                  {t('editor.removeSection', { number: index + 1 })}
                </button>
              </fieldset>
            </li>
          ))}
        </ol>
        <div className="actions">
          <button type="button" className="button button--secondary" onClick={addSection}>
            {t('editor.addSection')}
          </button>
          <button type="submit" className="button" aria-disabled={busy || undefined}>
            {t('editor.save')}
          </button>
        </div>
        <StatusNotice message={notice} />
      </form>
    </>
  );
}
