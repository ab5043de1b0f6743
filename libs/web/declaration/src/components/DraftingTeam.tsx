import { useId, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { refusalOf } from '@pakt/web-data';
import { CheckboxGroup, ErrorSummary } from '@pakt/web-ui';
import { SetDraftingTeamMutation } from '../graphql/mutations';
import { useDeclarationMessages } from '../messages';
import { problemText } from './ActionButton';

interface DraftingTeamProps {
  readonly declaration: {
    readonly id: string;
    readonly version: number;
    readonly draftingTeam: readonly { readonly id: string; readonly displayName: string }[];
  };
  /** The body's current members, who may be named to the drafting team. */
  readonly members: readonly { readonly id: string; readonly displayName: string }[];
  readonly mayName: boolean;
  readonly onDone: (message: string) => void;
  readonly onRefused: () => void;
}

/** Who drafts besides the secretariat; the chair or secretariat names the members while the text is drafted. */
export function DraftingTeam({ declaration, members, mayName, onDone, onRefused }: DraftingTeamProps) {
  const { t } = useDeclarationMessages();
  const id = useId();
  const [, setTeam] = useMutation(SetDraftingTeamMutation);
  const [selected, setSelected] = useState<string[]>(() => declaration.draftingTeam.map((person) => person.id));
  const [problem, setProblem] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    const result = await setTeam({ input: { id: declaration.id, version: declaration.version, personIds: selected } });
    setBusy(false);
    if (!result.error) {
      setProblem(null);
      onDone(t('team.saved'));
      return;
    }
    setProblem(problemText(refusalOf(result.error), t));
    setAttempt((count) => count + 1);
    onRefused();
  };

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('team.title')}</h2>
      <p>{t('team.intro')}</p>
      {declaration.draftingTeam.length > 0 ? (
        <ul>
          {declaration.draftingTeam.map((person) => (
            <li key={person.id}>{person.displayName}</li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('team.none')}</p>
      )}
      {mayName && (
        <form className="form" noValidate onSubmit={(event) => void submit(event)}>
          {problem && (
            <ErrorSummary title={t('common.failed')} attempt={attempt}>
              <p>{problem}</p>
            </ErrorSummary>
          )}
          <CheckboxGroup
            id={`${id}-members`}
            legend={t('team.choose')}
            options={members.map((person) => ({ value: person.id, label: person.displayName }))}
            selected={selected}
            onChange={setSelected}
            error={null}
          />
          <div className="actions">
            <button type="submit" className="button button--secondary" aria-disabled={busy || undefined}>
              {t('team.save')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
