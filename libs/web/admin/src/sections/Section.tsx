import { useId, type ReactNode } from 'react';

/** A region of the administration page, named by its heading and reachable from the section links. */
export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section id={id} aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {children}
    </section>
  );
}

/** One record, folded: its name opens the form (native details/summary, keyboard-usable as is). */
export function Folded({ name, children }: { name: string; children: ReactNode }) {
  return (
    <details className="record">
      <summary>{name}</summary>
      {children}
    </details>
  );
}
