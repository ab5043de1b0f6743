import { ConflictError, NotFoundError } from './access.errors';
import { type EntityManager, type EntityTarget, In, type ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';

type Versioned = ObjectLiteral & { id: string; version: number };
type Owned = ObjectLiteral & { id: string; allianceId: string };

/** CONFLICT with the version the record has now, so the client can reload and retry. */
export function staleVersion(currentVersion: number): ConflictError {
  return new ConflictError('Someone else changed this meanwhile. Please reload and try again.', { currentVersion });
}

/**
 * Writes the changes only if the record still has the version the client saw (UPDATE … WHERE id
 * AND version), raising it by one; otherwise CONFLICT and nothing is written. Returns the record
 * as stored now.
 */
export async function updateVersioned<E extends Versioned>(
  manager: EntityManager,
  entity: EntityTarget<E>,
  current: E,
  version: number,
  changes: QueryDeepPartialEntity<E>,
): Promise<E> {
  if (current.version !== version) throw staleVersion(current.version);
  // An absent input field leaves its column as it is.
  const set = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
  const result = await manager
    .createQueryBuilder()
    .update(entity)
    .set({ ...set, version: () => '"version" + 1' } as QueryDeepPartialEntity<E>)
    .where('id = :id AND version = :version', { id: current.id, version })
    .execute();
  const stored = await manager.findOneByOrFail(entity, { id: current.id } as never);
  // Another transaction wrote between our read and our write.
  if (result.affected === 0) throw staleVersion(stored.version);
  return stored;
}

/** The record, or NOT_FOUND; whether the caller may see it is checked next, on its alliance. */
export async function findOr404<E extends ObjectLiteral & { id: string }>(manager: EntityManager, entity: EntityTarget<E>, id: string): Promise<E> {
  const found = await manager.findOneBy(entity, { id } as never);
  if (!found) throw new NotFoundError();
  return found;
}

/**
 * NOT_FOUND unless every id names a record of this alliance: an id of another alliance is
 * answered exactly like an id that does not exist.
 */
export async function assertAllInAlliance<E extends Owned>(
  manager: EntityManager,
  entity: EntityTarget<E>,
  ids: readonly string[],
  allianceId: string,
): Promise<void> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return;
  const found = await manager.countBy(entity, { id: In(unique), allianceId } as never);
  if (found !== unique.length) throw new NotFoundError();
}
