import type { AdminAllianceQuery } from '@pakt/web-data';

export type AdminAlliance = NonNullable<AdminAllianceQuery['alliance']>;

export interface SectionProps {
  readonly alliance: AdminAlliance;
  /** Loads the alliance again from the server (after a conflict). */
  readonly reload: () => void;
}
