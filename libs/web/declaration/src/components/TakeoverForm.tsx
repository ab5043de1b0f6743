import { useId, useState, type FormEvent } from 'react';
import { ErrorSummary, RadioGroup, TextAreaField } from '@pakt/web-ui';
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
        <RadioGroup
          id={`${id}-how`}
          legend={t('takeover.title')}
          options={[
            { value: 'as-is', label: t('takeover.asIs') },
            { value: 'modified', label: t('takeover.modified') },
          ]}
          value={modified ? 'modified' : 'as-is'}
          onChange={(how) => setModified(how === 'modified')}
          error={null}
        />
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
