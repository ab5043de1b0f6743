import type { InitiativeStatus } from '@pakt/domain';
import { useInitiativeMessages } from '../messages';

/** The status as a word, never by colour alone: "Laufend", "Abgeschlossen" … */
export function StatusBadge({ status }: { status: InitiativeStatus }) {
  const { t } = useInitiativeMessages();
  return <span className={`initiative-badge initiative-badge--${status.toLowerCase()}`}>{t(`statuses.${status}`)}</span>;
}
