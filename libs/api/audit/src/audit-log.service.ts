import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessPolicy, type Actor, BadUserInputError } from '@pakt/api-access';
import { decodeCursor, pageOf } from '@pakt/api-database';
import { DataSource } from 'typeorm';
import type { AuditEntry, AuditEntryConnection, AuditLogArgs } from './audit-entry.model';

interface AuditRow {
  id: string;
  occurred_at: Date;
  action: string;
  actor_account_id: string | null;
  actor_name: string | null;
  object_type: string | null;
  object_id: string | null;
  details: Record<string, unknown>;
}

// An alliance's log: its own entries, plus the entries that belong to no alliance (sign-ins,
// sessions) of accounts that are a person in it, as actor or as the account signed in to.
const IN_ALLIANCE = `(e.alliance_id = $1 OR (e.alliance_id IS NULL AND (
    e.actor_account_id IN (SELECT p.account_id FROM person p WHERE p.alliance_id = $1)
    OR (e.object_type = 'Account' AND e.object_id IN (SELECT p.account_id::text FROM person p WHERE p.alliance_id = $1)))))
  AND ($2::text IS NULL OR e.action = $2)
  AND ($3::uuid IS NULL OR e.actor_account_id = $3)
  AND ($4::text IS NULL OR e.object_type = $4)
  AND ($5::timestamptz IS NULL OR e.occurred_at >= $5)
  AND ($6::timestamptz IS NULL OR e.occurred_at < $6)`;

@Injectable()
export class AuditLogService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
  ) {}

  /** A page of the alliance's log, newest first (in the order entries were written). */
  async page(args: AuditLogArgs, actor: Actor | null): Promise<AuditEntryConnection> {
    this.policy.assertMay(actor, 'audit.read', { allianceId: args.allianceId });
    const after = args.after ? decodeCursor(args.after, 1) : null;
    if (args.after && (after === null || !/^\d{1,19}$/.test(String(after[0])))) {
      throw new BadUserInputError('Please check your input.', { after: 'This cursor is not valid.' });
    }
    const filter = [args.allianceId, args.action ?? null, args.actorAccountId ?? null, args.objectType ?? null, args.from ?? null, args.to ?? null];
    const [rows, [count]] = await Promise.all([
      this.dataSource.query<AuditRow[]>(
        // The actor's name as this alliance knows them today (none once anonymised), never a copy in the log.
        `SELECT e.id, e.occurred_at, e.action, e.actor_account_id, actor.display_name AS actor_name, e.object_type, e.object_id, e.details
           FROM audit_entry e
           LEFT JOIN person actor ON actor.account_id = e.actor_account_id AND actor.alliance_id = $1
          WHERE ${IN_ALLIANCE} AND ($7::bigint IS NULL OR e.id < $7)
          ORDER BY e.id DESC
          LIMIT $8`,
        [...filter, after?.[0] ?? null, args.first + 1],
      ),
      this.dataSource.query<Array<{ total: number }>>(`SELECT count(*)::int AS total FROM audit_entry e WHERE ${IN_ALLIANCE}`, filter),
    ]);
    return pageOf(rows.map(toEntry), args.first, count?.total ?? 0, (entry) => [entry.id]);
  }
}

function toEntry(row: AuditRow): AuditEntry {
  return {
    id: row.id,
    occurredAt: row.occurred_at,
    action: row.action,
    actorAccountId: row.actor_account_id,
    actorName: row.actor_name,
    objectType: row.object_type,
    objectId: row.object_id,
    details: row.details,
  };
}
