import type { ReactNode } from 'react';

/**
 * A wide table's frame that scrolls sideways on narrow screens. It can take keyboard focus, so
 * people without a mouse can scroll it too (WCAG 2.1.1), and is named like its table.
 */
export function ScrollingTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="initiative-table" tabIndex={0} role="group" aria-label={label}>
      {children}
    </div>
  );
}
