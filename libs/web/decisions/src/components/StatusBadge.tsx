import type { BallotStatus } from '@pakt/domain';
import { useDecisionsMessages } from '../messages';

/** The state of a ballot as a word, never by colour alone: "Läuft", "Abgeschlossen". */
export function StatusBadge({ status }: { status: BallotStatus }) {
  const { t } = useDecisionsMessages();
  return <span className={`badge ballot-badge--${status.toLowerCase()}`}>{t(`status.${status}`)}</span>;
}
