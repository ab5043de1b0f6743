import { useId, useState, type FormEvent } from 'react';
import { ErrorSummary, TextAreaField } from '@pakt/web-ui';
import { useDeclarationMessages } from '../messages';
import { LiveDiff } from './LiveDiff';

interface TakeoverFormProps {
  /** The paragraph's current text ('' for a new paragraph). */
  readonly currentText: string;
  /** The wording the amendment proposes ('' for a deletion, which is taken over only as is). */
  readonly proposedText: string;
  readonly deletion: boolean;
  readonly problem: string | null;
  readonly attempt: number;
  readonly busy: boolean;
  /** null: as proposed; otherwise the modified wording. */
  readonly onSubmit: (modifiedText: string | null) => void;
}

/**
 * The drafting team takes an amendment over: as proposed, or in a modified form whose wording
 * shows again as a word-level difference to the current text.
 */
export function TakeoverForm({ currentText, proposedText, deletion, problem, attempt, busy, onSubmit }: TakeoverFormProps) {
  const { t } = useDeclarationMessages();
  const id = useId();
  const [modified, setModified] = useState(false);
  const [text, setText] = useState(proposedText);
  const [empty, setEmpty] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (modified && text.trim() === '') {
      setEmpty(true);
      return;
    }
    setEmpty(false);
    onSubmit(modified ? text : null);
  };

  return (
    <form className="form declaration-form" noValidate onSubmit={submit}>
      {problem && (
        <ErrorSummary title={t('common.failed')} attempt={attempt}>
          <p>{problem}</p>
        </ErrorSummary>
      )}
      {!deletion && (
        <fieldset className="checkboxes">
          <legend className="field__label">{t('takeover.title')}</legend>
          <div className="checkbox">
            <input type="radio" id={`${id}-as-is`} name={`${id}-how`} checked={!modified} onChange={() => setModified(false)} />
            <label htmlFor={`${id}-as-is`}>{t('takeover.asIs')}</label>
          </div>
          <div className="checkbox">
            <input type="radio" id={`${id}-modified`} name={`${id}-how`} checked={modified} onChange={() => setModified(true)} />
            <label htmlFor={`${id}-modified`}>{t('takeover.modified')}</label>
          </div>
        </fieldset>
      )}
      {modified && (
        <TextAreaField
          id={`${id}-text`}
          label={t('takeover.text')}
          value={text}
          onChange={setText}
          error={empty ? t('form.textEmpty') : null}
          rows={6}
        />
      )}
      <LiveDiff before={currentText} after={deletion ? '' : modified ? text : proposedText} title={t('takeover.diff')} />
      <div className="actions">
        <button type="submit" className="button" aria-disabled={busy || undefined}>
          {t('takeover.submit')}
        </button>
      </div>
    </form>
  );
}
