import { useId, useState, type FormEvent } from 'react';
import { ENDORSEMENT_STATES, type EndorsementState } from '@pakt/domain';
import { ErrorSummary, RadioGroup, TextAreaField } from '@pakt/web-ui';
import { useDeclarationMessages } from '../messages';

/** The answers a representative gives; PENDING is the absence of one. */
export type EndorsementAnswer = Exclude<EndorsementState, 'PENDING'>;
export const ENDORSEMENT_ANSWERS = ENDORSEMENT_STATES.filter((state): state is EndorsementAnswer => state !== 'PENDING');

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
      ? [{ fieldId: `${id}-answer`, message: t('endorsement.chooseMissing') }]
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
      <RadioGroup
        id={`${id}-answer`}
        legend={t('endorsement.choose')}
        options={ENDORSEMENT_ANSWERS.map((option) => ({ value: option, label: t(`answers.${option}`) }))}
        value={answer ?? ''}
        onChange={(value) => setAnswer(ENDORSEMENT_ANSWERS.find((option) => option === value) ?? null)}
        error={missing === 'answer' ? t('endorsement.chooseMissing') : null}
      />
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
