import { useId, useState, type FormEvent } from 'react';
import { ErrorSummary, TextAreaField } from '@pakt/web-ui';
import { useDeclarationMessages } from '../messages';

export const ENDORSEMENT_ANSWERS = ['ENDORSED', 'ENDORSED_WITH_RESERVATION', 'DECLINED'] as const;
export type EndorsementAnswer = (typeof ENDORSEMENT_ANSWERS)[number];

interface EndorsementFormProps {
  readonly initial: { readonly answer: EndorsementAnswer; readonly reservation: string } | null;
  readonly problem: string | null;
  readonly attempt: number;
  readonly busy: boolean;
  readonly onSubmit: (answer: EndorsementAnswer, reservation: string | null) => void;
}

/** A representative answers for their organisation: endorsed, endorsed with a reservation (its text), or declined. */
export function EndorsementForm({ initial, problem, attempt, busy, onSubmit }: EndorsementFormProps) {
  const { t } = useDeclarationMessages();
  const id = useId();
  const [answer, setAnswer] = useState<EndorsementAnswer | null>(initial?.answer ?? null);
  const [reservation, setReservation] = useState(initial?.reservation ?? '');
  const [missing, setMissing] = useState<'answer' | 'reservation' | null>(null);
  const [tries, setTries] = useState(0);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTries((count) => count + 1);
    if (answer === null) return setMissing('answer');
    if (answer === 'ENDORSED_WITH_RESERVATION' && reservation.trim() === '') return setMissing('reservation');
    setMissing(null);
    onSubmit(answer, answer === 'ENDORSED_WITH_RESERVATION' ? reservation : null);
  };

  const fields =
    missing === 'answer'
      ? [{ fieldId: `${id}-${ENDORSEMENT_ANSWERS[0]}`, message: t('endorsement.chooseMissing') }]
      : missing === 'reservation'
        ? [{ fieldId: `${id}-reservation`, message: t('form.reservationEmpty') }]
        : [];

  return (
    <form className="form declaration-form" noValidate onSubmit={submit}>
      {(fields.length > 0 || problem) && (
        <ErrorSummary title={t('form.errorSummary')} fields={fields} attempt={attempt + tries}>
          {problem && <p>{problem}</p>}
        </ErrorSummary>
      )}
      <fieldset className="checkboxes">
        <legend className="field__label">{t('endorsement.choose')}</legend>
        {ENDORSEMENT_ANSWERS.map((option) => (
          <div key={option} className="checkbox">
            <input type="radio" id={`${id}-${option}`} name={`${id}-answer`} checked={answer === option} onChange={() => setAnswer(option)} />
            <label htmlFor={`${id}-${option}`}>{t(`answers.${option}`)}</label>
          </div>
        ))}
      </fieldset>
      {answer === 'ENDORSED_WITH_RESERVATION' && (
        <TextAreaField
          id={`${id}-reservation`}
          label={t('endorsement.reservation')}
          hint={t('endorsement.reservationHint')}
          value={reservation}
          onChange={setReservation}
          error={missing === 'reservation' ? t('form.reservationEmpty') : null}
        />
      )}
      <div className="actions">
        <button type="submit" className="button" aria-disabled={busy || undefined}>
          {t('endorsement.submit')}
        </button>
      </div>
    </form>
  );
}
