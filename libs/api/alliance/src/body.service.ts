import { Injectable } from '@nestjs/common';
import { compareBodies, compareMemberships, countCurrentMembers, currentChair, currentDeputyChair, isMembershipActive } from '@pakt/domain';
import { byPosition } from './alliance.service';
import type { ActionField, Body, Membership } from './entities';
import type { AllianceLoaders } from './loaders';

/** Who sits in a body today and what it works on; the rules themselves live in @pakt/domain. */
@Injectable()
export class BodyService {
  async chair(body: Body, loaders: AllianceLoaders): Promise<Membership | null> {
    return currentChair(await loaders.membershipsOfBody.load(body.id), loaders.today);
  }

  async deputyChair(body: Body, loaders: AllianceLoaders): Promise<Membership | null> {
    return currentDeputyChair(await loaders.membershipsOfBody.load(body.id), loaders.today);
  }

  async memberCount(body: Body, loaders: AllianceLoaders): Promise<number> {
    return countCurrentMembers(await loaders.membershipsOfBody.load(body.id), loaders.today);
  }

  async memberships(body: Body, includeFormer: boolean, loaders: AllianceLoaders): Promise<Membership[]> {
    const all = await loaders.membershipsOfBody.load(body.id);
    const shown = includeFormer ? [...all] : all.filter((membership) => isMembershipActive(membership, loaders.today));
    return shown.sort(compareMemberships);
  }

  async actionFields(body: Body, loaders: AllianceLoaders): Promise<ActionField[]> {
    return [...(await loaders.actionFieldsOfBody.load(body.id))].sort(byPosition);
  }

  async bodiesWorkingOn(actionField: ActionField, loaders: AllianceLoaders): Promise<Body[]> {
    return [...(await loaders.bodiesOfActionField.load(actionField.id))].sort(compareBodies);
  }
}
