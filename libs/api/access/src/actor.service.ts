import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Grant, isMembershipActive, type MembershipRole, type AllianceRole, toLocalDate } from '@pakt/domain';
import { DataSource } from 'typeorm';

/** Who is asking, with every role they hold today. Anonymous callers have no Actor (null). */
export interface Actor {
  accountId: string;
  grants: Grant[];
}

/** The GraphQL context apps/api builds for each request. */
export interface RequestContext {
  req: object;
}

interface GrantRow {
  alliance_id: string;
  body_id: string | null;
  role: MembershipRole | AllianceRole;
  since: string | null;
  until: string | null;
}

/** The signed-in account's id from req.user (set by the identity module's session), if any. */
export function accountIdOf(req: object): string | null {
  const user: unknown = (req as { user?: unknown }).user;
  if (typeof user !== 'object' || user === null) return null;
  const id: unknown = (user as { id?: unknown }).id;
  return typeof id === 'string' ? id : null;
}

/**
 * Loads the Actor of a request once: the guard and every service of the same request share it,
 * so a request costs one statement for its permissions however many objects it checks.
 */
@Injectable()
export class ActorService {
  private readonly perRequest = new WeakMap<object, Promise<Actor | null>>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  of(context: RequestContext): Promise<Actor | null> {
    let actor = this.perRequest.get(context.req);
    if (!actor) {
      actor = this.load(accountIdOf(context.req));
      this.perRequest.set(context.req, actor);
    }
    return actor;
  }

  private async load(accountId: string | null): Promise<Actor | null> {
    if (accountId === null) return null;
    // The memberships of every person this account is, plus their alliance roles (bodyId null).
    const rows = await this.dataSource.query<GrantRow[]>(
      `SELECT m.alliance_id, m.body_id, m.role::text AS role, m.since::text AS since, m.until::text AS until
         FROM person p JOIN membership m ON m.person_id = p.id AND m.alliance_id = p.alliance_id
        WHERE p.account_id = $1
       UNION ALL
       SELECT r.alliance_id, NULL, r.role::text, NULL, NULL
         FROM person p JOIN alliance_role r ON r.person_id = p.id AND r.alliance_id = p.alliance_id
        WHERE p.account_id = $1`,
      [accountId],
    );
    const today = toLocalDate(new Date());
    // Alliance roles (no body) last until removed; memberships count from since through until.
    const current = (row: GrantRow) =>
      row.body_id === null || (row.since !== null && isMembershipActive({ since: row.since, until: row.until }, today));
    const grants = rows
      .filter(current)
      .map((row): Grant => ({ allianceId: row.alliance_id, bodyId: row.body_id, role: row.role }));
    return { accountId, grants };
  }
}
