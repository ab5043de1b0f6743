import type { MigrationInterface } from 'typeorm';
import { AllianceStructure1763700000000 } from './1763700000000-alliance-structure';
import { Identity1763800000000 } from './1763800000000-identity';

/** Every schema migration, oldest first. */
export const migrations: Array<new () => MigrationInterface> = [AllianceStructure1763700000000, Identity1763800000000];
