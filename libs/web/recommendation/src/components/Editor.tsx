import { useId, useMemo } from 'react';
import { LOCALES } from '@pakt/web-ui';
import type { RecommendationAlliance } from '../access';
import { fieldOfProblem } from '../content';
import { useRecommendationMessages } from '../messages';
import { ConflictView } from './ConflictView';
import { ContentFields, type FieldErrors } from './ContentFields';
import { useFieldProblems } from './field-problems';
import type { Autosave, SaveStatus } from './use-autosave';

interface EditorProps {
  readonly alliance: RecommendationAlliance;
  readonly actionFields: readonly { readonly id: string; readonly title: string }[];
  readonly autosave: Autosave;
  /** Problems a workflow step found (submitting with fields missing), shown at the fields too. */
  readonly stepErrors: FieldErrors;
}

/** The editor of a draft: every field, saved as the person types, with the conflict view when needed. */
export function Editor({ alliance, actionFields, autosave, stepErrors }: EditorProps) {
  const { t } = useRecommendationMessages();
  const headingId = useId();
  const problems = useFieldProblems();
  const { status, values } = autosave;
  const errors = status.kind === 'invalid' ? { ...stepErrors, ...problems(status.fields, values).errors } : stepErrors;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('detail.editorHeading')}</h2>
      <p className="muted">{t('detail.editorIntro')}</p>
      {autosave.restored && <p className="notice">{t('autosave.restored')}</p>}
      <SaveStatusLine status={status} onRetry={() => void autosave.flush()} />
      {status.kind === 'conflict' && (
        <ConflictView
          alliance={alliance}
          actionFields={actionFields}
          mine={values}
          base={autosave.baseValues}
          current={status.current}
          onResolve={(chosen) => {
            autosave.resolve(chosen, status.current);
            document.getElementById(`${headingId}-status`)?.focus();
          }}
        />
      )}
      <form className="form" noValidate onSubmit={(event) => event.preventDefault()}>
        <ContentFields
          alliance={alliance}
          actionFields={actionFields}
          values={values}
          onChange={autosave.change}
          onLeave={() => void autosave.flush()}
          errors={errors}
        />
      </form>
      <SaveStatusLine status={status} id={`${headingId}-status`} onRetry={() => void autosave.flush()} quiet />
    </section>
  );
}

/**
 * "Gespeichert 14:03" / "Wird gespeichert …" / "Nicht gespeichert": a polite live region that
 * is always there; the second copy below the form is not announced again (quiet).
 */
function SaveStatusLine({ status, onRetry, id, quiet }: { status: SaveStatus; onRetry: () => void; id?: string; quiet?: boolean }) {
  const { t, language } = useRecommendationMessages();
  const time = useMemo(() => new Intl.DateTimeFormat(LOCALES[language], { hour: '2-digit', minute: '2-digit' }), [language]);
  const text = (() => {
    switch (status.kind) {
      case 'idle':
        return '';
      case 'pending':
        return t('autosave.unsaved');
      case 'saving':
        return t('autosave.saving');
      case 'saved':
        return t('autosave.saved', { time: time.format(status.at) });
      case 'invalid':
        // A refusal about no field of the form: the recommendation left the editable states meanwhile.
        return Object.keys(status.fields).some((name) => fieldOfProblem(name) !== null) ? t('autosave.invalid') : t('form.wrongState');
      case 'failed':
        return t('autosave.failed');
      case 'conflict':
        return t('autosave.conflict');
    }
  })();
  return (
    <div className="autosave">
      <p id={id} tabIndex={id ? -1 : undefined} role={quiet ? undefined : 'status'} className="autosave__status">
        {text}
      </p>
      {status.kind === 'failed' && (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          {t('autosave.retry')}
        </button>
      )}
    </div>
  );
}
