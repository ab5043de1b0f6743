import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ActionFieldResolver, AllianceResolver, BodyResolver, MembershipResolver } from './alliance.resolver';
import { AllianceService } from './alliance.service';
import { BodyAllianceResolver } from './body-alliance.resolver';
import { BodyService } from './body.service';
import { allianceEntities } from './entities';
import { AllianceLoaderRegistry } from './loaders';
import { PersonResolver } from './person.resolver';

/** Alliances and their structure: bodies, action fields, organisations, people, memberships, regions. */
@Module({
  imports: [TypeOrmModule.forFeature(allianceEntities)],
  providers: [AllianceService, BodyService, AllianceLoaderRegistry, AllianceResolver, BodyResolver, ActionFieldResolver, MembershipResolver, PersonResolver, BodyAllianceResolver],
})
export class AllianceModule {}
