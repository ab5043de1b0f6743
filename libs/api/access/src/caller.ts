import type { Actor } from './actor.service';

/** Who asks for a change: their roles (for the policy) and their request (for the audit log's actor and request id). */
export interface Caller {
  actor: Actor | null;
  req: object;
}
