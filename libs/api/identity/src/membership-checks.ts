import { ConflictError } from '@pakt/api-access';
import type { LocalDate, MembershipRole } from '@pakt/domain';
import type { EntityManager } from 'typeorm';

/**
 * Refuses (CONFLICT) a membership that would clash with today's: the account with this e-mail
 * already holds the role in the body, or someone holds the body's one chair or deputy chair.
 */
export async function assertMembershipIsFree(
  manager: EntityManager,
  facts: { bodyId: string; email: string; role: MembershipRole; today: LocalDate },
): Promise<void> {
  const [row] = await manager.query<Array<{ same_person: boolean; role_taken: boolean }>>(
    `SELECT
       EXISTS (SELECT 1 FROM membership m JOIN person p ON p.id = m.person_id JOIN account a ON a.id = p.account_id
                WHERE m.body_id = $1 AND m.role = $3 AND a.email = $2
                  AND m.since <= $4 AND (m.until IS NULL OR m.until >= $4)) AS same_person,
       $3 IN ('CHAIR', 'DEPUTY_CHAIR') AND EXISTS (
         SELECT 1 FROM membership m WHERE m.body_id = $1 AND m.role = $3
            AND m.since <= $4 AND (m.until IS NULL OR m.until >= $4)) AS role_taken`,
    [facts.bodyId, facts.email, facts.role, facts.today],
  );
  if (row?.same_person) throw new ConflictError('This person already holds this role in this body.');
  if (row?.role_taken) throw new ConflictError(`This body already has a ${facts.role === 'CHAIR' ? 'chair' : 'deputy chair'}.`);
}
