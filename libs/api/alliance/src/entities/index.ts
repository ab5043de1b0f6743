import { ActionField } from './action-field.entity';
import { Alliance } from './alliance.entity';
import { BodyActionField } from './body-action-field.entity';
import { Body } from './body.entity';
import { Membership } from './membership.entity';
import { Organisation } from './organisation.entity';
import { Person } from './person.entity';
import { Region } from './region.entity';

export { ActionField, Alliance, Body, BodyActionField, Membership, Organisation, Person, Region };

/** Every table of the alliance structure, for TypeOrmModule.forFeature and schema checks. */
export const allianceEntities = [Alliance, Organisation, Body, ActionField, BodyActionField, Person, Membership, Region];
