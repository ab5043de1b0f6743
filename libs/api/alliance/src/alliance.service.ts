import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { compareBodies, compareOrganisations, compareRegions } from '@pakt/domain';
import type { Repository } from 'typeorm';
import { ActionField, Alliance, Body, Organisation, Region } from './entities';
import type { AllianceLoaders } from './loaders';

/** Reads an alliance and what hangs off it, in the order people read it. */
@Injectable()
export class AllianceService {
  constructor(@InjectRepository(Alliance) private readonly alliances: Repository<Alliance>) {}

  list(): Promise<Alliance[]> {
    return this.alliances.find({ order: { name: 'ASC' } });
  }

  findBySlug(slug: string): Promise<Alliance | null> {
    return this.alliances.findOneBy({ slug });
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
