export { AllianceModule } from './alliance.module';
export * from './entities';
export { MembershipRoleEnum, OrganisationKindEnum, RepresentationEnum } from './graphql-enums';
export { Editable } from './entities/columns';
export { OptionalText, RecordId, RequiredText, optionalText } from './administration/text-rules';
export { isRepresentativeOf, representedOrganisationIds } from './representatives';
export { actingPerson } from './acting-person';
