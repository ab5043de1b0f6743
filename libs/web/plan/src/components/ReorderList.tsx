import { usePlanMessages } from '../messages';

export interface ReorderItem {
  readonly id: string;
  readonly title: string;
  readonly detail?: string;
}

interface ReorderListProps {
  readonly label: string;
  readonly items: readonly ReorderItem[];
  /** Moves an item one place up (-1) or down (+1). */
  readonly onMove: (id: string, delta: -1 | 1) => void;
  readonly onRemove?: (id: string) => void;
  /** Registers the item's buttons for focus after a move, under "up:ID", "down:ID", "remove:ID". */
  readonly register: (key: string) => (element: HTMLElement | null) => void;
}

/**
 * An ordered list whose order the keyboard can change: "nach oben" / "nach unten" per item, no
 * dragging. The buttons at the ends stay focusable (aria-disabled), so focus never falls off.
 */
export function ReorderList({ label, items, onMove, onRemove, register }: ReorderListProps) {
  const { t } = usePlanMessages();
  return (
    <ol className="plan-reorder" aria-label={label}>
      {items.map((item, index) => {
        const first = index === 0;
        const last = index === items.length - 1;
        return (
          <li key={item.id} className="plan-reorder__item">
            <span className="plan-reorder__position" aria-hidden="true">
              {index + 1}.
            </span>
            <span className="plan-reorder__title">
              {item.title}
              {item.detail && <span className="muted"> – {item.detail}</span>}
            </span>
            <span className="plan-reorder__buttons">
              <button
                ref={register(`up:${item.id}`)}
                type="button"
                className="button button--secondary"
                aria-label={t('builder.upNamed', { title: item.title })}
                aria-disabled={first || undefined}
                onClick={() => !first && onMove(item.id, -1)}
              >
                <span aria-hidden="true">↑ </span>
                {t('builder.up')}
              </button>
              <button
                ref={register(`down:${item.id}`)}
                type="button"
                className="button button--secondary"
                aria-label={t('builder.downNamed', { title: item.title })}
                aria-disabled={last || undefined}
                onClick={() => !last && onMove(item.id, 1)}
              >
                <span aria-hidden="true">↓ </span>
                {t('builder.down')}
              </button>
              {onRemove && (
                <button
                  ref={register(`remove:${item.id}`)}
                  type="button"
                  className="button button--secondary"
                  aria-label={t('builder.removeNamed', { title: item.title })}
                  onClick={() => onRemove(item.id)}
                >
                  {t('builder.remove')}
                </button>
              )}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
