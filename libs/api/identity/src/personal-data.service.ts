import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

type Rows = Array<Record<string, unknown>>;

/**
 * Everything Pakt stores about an account, as one JSON document (GDPR Art. 15 and 20): the
 * account, its person in each alliance with memberships and roles, invitations to its address,
 * password-reset links, sessions and the audit entries by or about it. Never a secret: no
 * password hash, token hash or session id.
 */
@Injectable()
export class PersonalDataService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async export(accountId: string): Promise<string> {
    const query = (sql: string, parameters: unknown[]) => this.dataSource.query<Rows>(sql, parameters);
    const [account] = await query(
      `SELECT id, email, password_hash IS NOT NULL AS "hasPassword", deactivated_at AS "deactivatedAt", created_at AS "createdAt", updated_at AS "updatedAt"
         FROM account WHERE id = $1`,
      [accountId],
    );
    const people = await query(
      `SELECT p.id, p.display_name AS "displayName", a.name AS alliance, a.slug AS "allianceSlug", p.created_at AS "createdAt", p.updated_at AS "updatedAt",
              coalesce((SELECT json_agg(json_build_object('body', b.name, 'role', m.role, 'organisation', o.name, 'since', m.since, 'until', m.until)
                                        ORDER BY m.since, b.name)
                          FROM membership m JOIN body b ON b.id = m.body_id LEFT JOIN organisation o ON o.id = m.organisation_id
                         WHERE m.person_id = p.id), '[]') AS memberships,
              coalesce((SELECT json_agg(r.role ORDER BY r.role) FROM alliance_role r WHERE r.person_id = p.id), '[]') AS "allianceRoles"
         FROM person p JOIN alliance a ON a.id = p.alliance_id
        WHERE p.account_id = $1 ORDER BY a.name`,
      [accountId],
    );
    const invitations = await query(
      `SELECT i.email, i.display_name AS "displayName", a.name AS alliance, b.name AS body, i.role, i.created_at AS "createdAt",
              i.expires_at AS "expiresAt", i.accepted_at AS "acceptedAt"
         FROM invitation i JOIN alliance a ON a.id = i.alliance_id JOIN body b ON b.id = i.body_id
        WHERE i.email = (SELECT email FROM account WHERE id = $1) ORDER BY i.created_at`,
      [accountId],
    );
    const passwordResets = await query(
      `SELECT created_at AS "createdAt", expires_at AS "expiresAt", used_at AS "usedAt" FROM password_reset WHERE account_id = $1 ORDER BY created_at`,
      [accountId],
    );
    const sessions = await query(
      `SELECT to_timestamp((sess ->> 'signedInAt')::bigint / 1000.0) AS "signedInAt", expire AS "expiresAt"
         FROM session WHERE sess #>> '{passport,user}' = $1 ORDER BY 1`,
      [accountId],
    );
    const auditEntries = await query(
      `SELECT occurred_at AS "occurredAt", action, object_type AS "objectType", object_id AS "objectId", details
         FROM audit_entry
        WHERE actor_account_id = $1
           OR (object_type = 'Account' AND object_id = $1::text)
           OR (object_type = 'Person' AND object_id IN (SELECT id::text FROM person WHERE account_id = $1))
        ORDER BY occurred_at, id`,
      [accountId],
    );
    return JSON.stringify({ exportedAt: new Date().toISOString(), account, people, invitations, passwordResets, sessions, auditEntries }, null, 2);
  }
}
