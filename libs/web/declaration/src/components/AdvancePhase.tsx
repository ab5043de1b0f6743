import { useMutation } from 'urql';
import { NEXT_DECLARATION_PHASE, type DeclarationPhase } from '@pakt/domain';
import { AdvanceDeclarationMutation } from '../graphql/mutations';
import { useDeclarationMessages } from '../messages';
import { ActionButton } from './ActionButton';

/** The chair's or secretariat's step on to the next phase, asked first; nothing when there is no next one to take by hand. */
export function AdvancePhase({
  declaration,
  onDone,
  onRefused,
}: {
  declaration: { id: string; version: number; phase: DeclarationPhase };
  onDone: (message: string) => void;
  onRefused: () => void;
}) {
  const { t } = useDeclarationMessages();
  const [, advance] = useMutation(AdvanceDeclarationMutation);
  const next = NEXT_DECLARATION_PHASE[declaration.phase];
  if (next === null || next === 'DRAFTING' || next === 'ADOPTED') return null;
  const name = t(`phases.${next}`);
  return (
    <ActionButton
      label={t('phase.advance', { phase: name })}
      confirm={{ title: t('phase.advanceTitle', { phase: name }), text: t(`phase.advanceText.${next}`), label: t('phase.confirm') }}
      run={async () => (await advance({ input: { id: declaration.id, version: declaration.version } })).error}
      onDone={() => onDone(t('phase.moved', { phase: name }))}
      onRefused={onRefused}
    />
  );
}
