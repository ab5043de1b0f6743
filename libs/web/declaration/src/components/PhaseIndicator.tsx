import { DECLARATION_PHASES, type DeclarationPhase } from '@pakt/domain';
import { useDeclarationMessages } from '../messages';

/**
 * Where the declaration stands among its phases, as an ordered list: the current phase marked
 * with aria-current="step" (and in words, not by colour alone), the earlier ones as done.
 */
export function PhaseIndicator({ phase }: { phase: DeclarationPhase }) {
  const { t } = useDeclarationMessages();
  const current = DECLARATION_PHASES.indexOf(phase);
  return (
    <ol className="declaration-phases" aria-label={t('phase.label')}>
      {DECLARATION_PHASES.map((step, index) => {
        const state = index < current ? 'done' : index === current ? 'current' : 'later';
        return (
          <li key={step} className={`declaration-phases__step declaration-phases__step--${state}`} aria-current={state === 'current' ? 'step' : undefined}>
            <span className="declaration-phases__name">{t(`phases.${step}`)}</span>
            <span className="visually-hidden">{` (${t(`phase.${state}`)})`}</span>
          </li>
        );
      })}
    </ol>
  );
}
