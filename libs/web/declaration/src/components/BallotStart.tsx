import { useId, useState, type FormEvent } from 'react';
import { ErrorSummary, TextField } from '@pakt/web-ui';
import { useDeclarationMessages } from '../messages';

export interface BallotSettings {
  /** 0–100 % of the eligible voters; null: no quorum. */
  readonly quorumPercent: number | null;
}

interface BallotStartProps {
  /** The button's name, e.g. "Abstimmung über Antrag 3 eröffnen". */
  readonly label: string;
  /** The quorum the form starts with (the final vote proposes one, an amendment none). */
  readonly quorum: number | null;
  readonly problem: string | null;
  readonly attempt: number;
  readonly busy: boolean;
  readonly onStart: (settings: BallotSettings) => void;
}

/**
 * Opens a ballot of the body through the decisions engine, with the quorum it needs; the vote
 * itself and closing it happen on the ballot's own page.
 */
export function BallotStart({ label, quorum, problem, attempt, busy, onStart }: BallotStartProps) {
  const { t } = useDeclarationMessages();
  const id = useId();
  const [value, setValue] = useState(quorum === null ? '' : String(quorum));
  const [invalid, setInvalid] = useState(false);
  const [tries, setTries] = useState(0);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = value.trim();
    const percent = trimmed === '' ? null : Number(trimmed);
    if (percent !== null && (!Number.isInteger(percent) || percent < 0 || percent > 100)) {
      setInvalid(true);
      setTries((count) => count + 1);
      return;
    }
    setInvalid(false);
    onStart({ quorumPercent: percent });
  };

  return (
    <form className="form declaration-ballot" noValidate onSubmit={submit} aria-label={label}>
      {(invalid || problem) && (
        <ErrorSummary
          title={t('form.errorSummary')}
          fields={invalid ? [{ fieldId: `${id}-quorum`, message: t('ballot.quorumInvalid') }] : []}
          attempt={attempt + tries}
        >
          {problem && <p>{problem}</p>}
        </ErrorSummary>
      )}
      <TextField
        id={`${id}-quorum`}
        label={t('ballot.quorum')}
        hint={t('ballot.quorumHint')}
        autoComplete="off"
        required={false}
        value={value}
        onChange={setValue}
        error={invalid ? t('ballot.quorumInvalid') : null}
      />
      <button type="submit" className="button" aria-disabled={busy || undefined}>
        {label}
      </button>
    </form>
  );
}
