import type { TestApp } from '../support/test-app';

export const DEMO_PASSWORD = 'pakt-demo';

/** One invocation of an operation for the access matrix, run once per actor on the same database. */
export interface Example {
  /**
   * The GraphQL document. A function when the document depends on the current data (e.g. the
   * version of a record that an earlier actor's call changed); it may prepare that data through app.dataSource.
   * It gets the actor's e-mail (null: anonymous) for operations on one's own records (editing one's own comment).
   */
  query: string | ((app: TestApp, actor: string | null) => Promise<string>);
  /** The alliance whose object the operation reads or changes; none for operations without one. */
  alliance?: 'hessen';
  /** The body (by name, in that alliance) whose roles the permission is scoped to, e.g. a focus group; none: any body of the alliance. */
  body?: string;
  /** For lookups that answer null for what the caller may not see: whether the answer shows the object. */
  found?: (data: Record<string, unknown>) => boolean;
  /** Subscriptions: publishes an event the subscription delivers once it is let in (repeated until it arrives). */
  trigger?: (app: TestApp) => Promise<void>;
}

export type Examples = Record<string, Example>;
