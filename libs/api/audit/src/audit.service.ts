import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { emailDigest } from './redact';

export type SignInAction = 'signIn.succeeded' | 'signIn.failed' | 'signIn.throttled';

/** One thing that happened, as a service reports it. Never put passwords or tokens into it. */
export interface AuditRecord {
  /** A dotted name: `membership.added`, `signIn.failed`, `mutation.createBody`, … */
  action: string;
  /** The alliance the object belongs to; null for what belongs to no alliance (sign-ins). */
  allianceId?: string | null;
  actorAccountId?: string | null;
  /** The GraphQL type of the object (`Membership`, `Account`, …) and its id. */
  objectType?: string | null;
  objectId?: string | null;
  details?: Record<string, unknown>;
  requestId?: string | null;
}

/** Who is acting in a request and its id, for AuditRecord: `record({ ...auditActorOf(req), action, … })`. */
export function auditActorOf(req: object): { actorAccountId: string | null; requestId: string | null } {
  const { user, id } = req as { user?: { id?: unknown }; id?: unknown };
  return {
    actorAccountId: typeof user?.id === 'string' ? user.id : null,
    // pino-http's request id, also in the access log and the X-Request-Id header.
    requestId: typeof id === 'string' || typeof id === 'number' ? String(id) : null,
  };
}

/**
 * The statement that appends the entry, for a service that writes its change and the entry in one
 * statement: `from` makes it part of a WITH query (`FROM changed` writes the entry exactly when a
 * row was changed), and its parameters are numbered after the `offset` the caller's own use.
 */
export function auditEntryInsert(entry: AuditRecord, options: { from?: string; offset?: number } = {}): { sql: string; parameters: unknown[] } {
  const at = (position: number) => `$${(options.offset ?? 0) + position}`;
  return {
    sql: `INSERT INTO audit_entry (alliance_id, actor_account_id, action, object_type, object_id, details, request_id)
       SELECT ${at(1)}::uuid, ${at(2)}::uuid, ${at(3)}, ${at(4)}, ${at(5)}, ${at(6)}::jsonb, ${at(7)}${options.from ? ` FROM ${options.from}` : ''}`,
    parameters: [
      entry.allianceId ?? null,
      entry.actorAccountId ?? null,
      entry.action,
      entry.objectType ?? null,
      entry.objectId ?? null,
      JSON.stringify(entry.details ?? {}),
      entry.requestId ?? null,
    ],
  };
}

/** Appends to the audit log. The table refuses changes and deletions, so there is nothing else to do with it. */
@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Writes one entry; with a manager, inside that transaction, so the entry exists exactly when
   * the change it describes does. The actor is kept as an account id only: names are looked up
   * when the log is read, so anonymising a person removes their name from the log too.
   */
  async record(entry: AuditRecord, manager?: EntityManager): Promise<void> {
    const { sql, parameters } = auditEntryInsert(entry);
    await (manager ?? this.dataSource.manager).query(sql, parameters);
  }

  /**
   * A sign-in attempt. The address typed is kept only as its digest; the account it names, if
   * any, is the object, so the secretariat of that account's alliances sees attempts on it. Call
   * after a success has started the session: the signed-in account is then the actor.
   */
  async recordSignIn(action: SignInAction, email: string, req: object): Promise<void> {
    const { actorAccountId, requestId } = auditActorOf(req);
    await this.dataSource.query(
      `INSERT INTO audit_entry (actor_account_id, action, object_type, object_id, details, request_id)
       SELECT $1::uuid, $2,
              CASE WHEN a.id IS NULL THEN NULL ELSE 'Account' END, a.id::text, $3::jsonb, $4
         FROM (VALUES (1)) AS attempt LEFT JOIN account a ON a.email = $5`,
      [actorAccountId, action, JSON.stringify({ emailSha256: emailDigest(email) }), requestId, email.trim().toLowerCase()],
    );
  }
}
