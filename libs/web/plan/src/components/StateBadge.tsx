import type { PlanVersionState } from '@pakt/web-data';
import { usePlanMessages } from '../messages';

/** The state of a version as a word, never by colour alone: "Entwurf", "Zur Freigabe eingereicht", "Beschlossen". */
export function StateBadge({ state }: { state: PlanVersionState }) {
  const { t } = usePlanMessages();
  return <span className={`plan-badge plan-badge--${state.toLowerCase()}`}>{t(`states.${state}`)}</span>;
}
