import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AccessPolicy, type Actor } from '@pakt/api-access';
import { compareBodies, compareOrganisations, compareRegions, permissionsIn, type Permission } from '@pakt/domain';
import { In, type Repository } from 'typeorm';
import { ActionField, Alliance, Body, Organisation, Region } from './entities';
import type { AllianceLoaders } from './loaders';

/** Reads an alliance and what hangs off it, in the order people read it. */
@Injectable()
export class AllianceService {
  constructor(
    @InjectRepository(Alliance) private readonly alliances: Repository<Alliance>,
    private readonly policy: AccessPolicy,
  ) {}

  /** Only the alliances the actor may read: the others' names are not theirs to see either. */
  async list(actor: Actor | null): Promise<Alliance[]> {
    const readable = this.policy.alliancesWith(actor, 'alliance.read');
    return readable.length === 0 ? [] : this.alliances.find({ where: { id: In(readable) }, order: { name: 'ASC' } });
  }

  /** Null for an unknown slug and, indistinguishably, for an alliance the actor does not belong to. */
  /** What the caller may do in this alliance, so a client shows only what will be allowed. */
  viewerPermissions(alliance: Alliance, actor: Actor | null): Permission[] {
    return permissionsIn(actor?.grants ?? [], { allianceId: alliance.id });
  }

  async findBySlug(slug: string, actor: Actor | null): Promise<Alliance | null> {
    const alliance = await this.alliances.findOneBy({ slug });
    return alliance && this.policy.reveals(actor, 'alliance.read', { allianceId: alliance.id }) ? alliance : null;
  }

  async bodies(alliance: Alliance, loaders: AllianceLoaders): Promise<Body[]> {
    return [...(await loaders.bodiesOfAlliance.load(alliance.id))].sort(compareBodies);
  }

  async steeringBoard(alliance: Alliance, loaders: AllianceLoaders): Promise<Body | null> {
    const bodies = await loaders.bodiesOfAlliance.load(alliance.id);
    return bodies.find((body) => body.kind === 'STEERING_BOARD') ?? null;
  }

  async actionFields(alliance: Alliance, loaders: AllianceLoaders): Promise<ActionField[]> {
    return [...(await loaders.actionFieldsOfAlliance.load(alliance.id))].sort(byPosition);
  }

  async organisations(alliance: Alliance, loaders: AllianceLoaders): Promise<Organisation[]> {
    return [...(await loaders.organisationsOfAlliance.load(alliance.id))].sort(compareOrganisations);
  }

  async regions(alliance: Alliance, loaders: AllianceLoaders): Promise<Region[]> {
    return [...(await loaders.regionsOfAlliance.load(alliance.id))].sort(compareRegions);
  }
}

export function byPosition(a: ActionField, b: ActionField): number {
  return a.position - b.position || a.title.localeCompare(b.title, 'de');
}
