import type { MigrationInterface } from 'typeorm';
import { AllianceStructure1763700000000 } from './1763700000000-alliance-structure';

/** Every schema migration, oldest first. */
export const migrations: Array<new () => MigrationInterface> = [AllianceStructure1763700000000];
