import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AdministrationResolver } from './administration/administration.resolver';
import { MembershipAdministrationService } from './administration/membership-administration.service';
import { PeopleService } from './administration/people.service';
import { StructureAdministrationService } from './administration/structure-administration.service';
import { ActionFieldResolver, AllianceResolver, BodyResolver, MembershipResolver } from './alliance.resolver';
import { AllianceService } from './alliance.service';
import { BodyAllianceResolver } from './body-alliance.resolver';
import { BodyService } from './body.service';
import { allianceEntities } from './entities';
import { AllianceLoaderRegistry } from './loaders';
import { PersonResolver } from './person.resolver';

/** Alliances and their structure: bodies, action fields, organisations, people, memberships, regions; and their administration. */
@Module({
  imports: [TypeOrmModule.forFeature(allianceEntities)],
  providers: [
    AllianceService,
    BodyService,
    AllianceLoaderRegistry,
    AllianceResolver,
    BodyResolver,
    ActionFieldResolver,
    MembershipResolver,
    PersonResolver,
    BodyAllianceResolver,
    StructureAdministrationService,
    MembershipAdministrationService,
    PeopleService,
    AdministrationResolver,
  ],
})
export class AllianceModule {}
